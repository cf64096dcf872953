// Runs a probe (a TypeScript entry under test/bench/probes) in a child Node process through
// test/run-ts.mjs and reads the JSON lines it prints.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Probe {
  child: ChildProcessWithoutNullStreams;
  /** The next JSON line the probe prints. */
  next<T>(): Promise<T>;
  /** Closes its stdin and waits for it to exit. */
  finish(): Promise<void>;
}

export function startProbe(entry: string, args: readonly string[] = []): Probe {
  const child = spawn(process.execPath, ['test/run-ts.mjs', entry, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  lines.on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else queue.push(line);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    next<T>() {
      const line = queue.shift();
      if (line !== undefined) return Promise.resolve(JSON.parse(line) as T);
      return new Promise<T>((resolve, reject) => {
        const onExit = () => reject(new Error(`probe ${entry} exited: ${stderr.trim().slice(-500)}`));
        child.once('exit', onExit);
        waiting.push((l) => {
          child.off('exit', onExit);
          resolve(JSON.parse(l) as T);
        });
      });
    },
    async finish() {
      child.stdin.end();
      await exited;
    },
  };
}
