// Runs madoguchi-admin in-process on a temp data folder, with the terminal replaced by a list of
// typed lines and captured output; the data folder's config lowers the hashing cost.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../../src-main/cli/cli-io';
import { runCli } from '../../../src-main/cli';
import { FakeClock } from '../../../src-main/clock';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** Questions asked, in order. */
  asked: string[];
}

export interface CliEnv {
  dataDir: string;
  clock: FakeClock;
  run(argv: string[], typed?: string[]): Promise<CliRun>;
  close(): void;
}

export function scriptedIO(typed: string[]): CliIO & { outLines: string[]; errLines: string[]; asked: string[] } {
  const queue = [...typed];
  const outLines: string[] = [];
  const errLines: string[] = [];
  const asked: string[] = [];
  return {
    interactive: false,
    outLines,
    errLines,
    asked,
    out: (line) => outLines.push(line),
    err: (line) => errLines.push(line),
    ask: async (question) => {
      asked.push(question);
      return queue.shift() ?? null;
    },
    close: () => undefined,
  };
}

export const FAST_CONFIG = { security: { kdf: { N: 1024 } } };

export function cliEnv(): CliEnv {
  const root = mkdtempSync(join(tmpdir(), 'madoguchi-cli-'));
  const dataDir = join(root, 'data');
  const clock = new FakeClock();
  mkdirSync(dataDir);
  writeFastConfig(dataDir);
  return {
    dataDir,
    clock,
    async run(argv, typed = []) {
      const io = scriptedIO(typed);
      const code = await runCli(['--data-dir', dataDir, ...argv], io, {}, clock);
      return { code, out: io.outLines.join('\n'), err: io.errLines.join('\n'), asked: io.asked };
    },
    close() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function writeFastConfig(dataDir: string): void {
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify(FAST_CONFIG));
}

/** The recovery code printed by init or recover-admin. */
export function recoveryCodeIn(out: string): string {
  const match = /([A-Z2-9]{4}(?:-[A-Z2-9]{4}){4})/.exec(out.split('\n').filter((l) => /recovery code/.test(l)).join('\n'));
  if (!match?.[1]) throw new Error(`no recovery code in:\n${out}`);
  return match[1];
}
