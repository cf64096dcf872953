// How a CLI command talks to the person at the machine. PINs and recovery codes are read with the
// echo off from a terminal, or one per line from a pipe (scripts and tests), never from argv where
// the shell history and the process list would keep them.
import { createInterface } from 'node:readline';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** null when the input has ended. */
  ask(question: string, options?: { hidden?: boolean }): Promise<string | null>;
  /** A person at a terminal (mistakes are asked again) rather than a pipe (mistakes end the command). */
  readonly interactive: boolean;
  close(): void;
}

interface TtyInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export function createProcessIO(input: TtyInput = process.stdin, output: NodeJS.WritableStream = process.stdout, errors: NodeJS.WritableStream = process.stderr): CliIO {
  const interactive = input.isTTY === true && typeof input.setRawMode === 'function';
  let lines: AsyncIterator<string> | null = null;
  let reader: ReturnType<typeof createInterface> | null = null;

  const nextLine = async (): Promise<string | null> => {
    if (!lines) {
      reader = createInterface({ input, crlfDelay: Infinity, terminal: false });
      lines = reader[Symbol.asyncIterator]();
    }
    const { value, done } = await lines.next();
    return done ? null : value;
  };

  const hiddenLine = (): Promise<string | null> =>
    new Promise((resolve) => {
      let typed = '';
      input.setRawMode?.(true);
      input.resume();
      const finish = (value: string | null) => {
        input.removeListener('data', onData);
        input.setRawMode?.(false);
        input.pause();
        output.write('\n');
        resolve(value);
      };
      const onData = (chunk: Buffer | string) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') return finish(typed);
          if (ch === '\u0003' || ch === '\u0004') return finish(null);
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else if (ch >= ' ') typed += ch;
        }
      };
      input.on('data', onData);
    });

  return {
    interactive,
    out: (line) => output.write(`${line}\n`),
    err: (line) => errors.write(`${line}\n`),
    async ask(question, { hidden = false } = {}) {
      output.write(question);
      if (interactive && hidden) return hiddenLine();
      const line = await nextLine();
      if (!interactive) output.write('\n');
      return line;
    },
    close() {
      reader?.close();
    },
  };
}
