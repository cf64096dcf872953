// Runs madoguchi-admin in-process on a temp data folder, with the terminal replaced by a list of
// typed lines and captured output; the data folder's config lowers the hashing cost and, under
// MADOGUCHI_TEST_STORE=postgres, points store.url at a fresh PostgreSQL database of its own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp } from '../../../src-main/app';
import type { CliIO } from '../../../src-main/cli/cli-io';
import { runCli } from '../../../src-main/cli';
import { FakeClock } from '../../../src-main/clock';
import { createMemoryLogger } from '../../../src-main/log';
import { createTestDatabase, type TestDatabase, testStoreIsPostgres } from '../../fixtures/postgres-db';

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
  close(): Promise<void>;
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

/** The two PINs of init, each typed twice. */
export const PINS = ['kanri2468', 'kanri2468', 'kakunin1357', 'kakunin1357'];

/**
 * The app on the data folder (its config.json says where the store is), closed after `use`: the
 * counter PC's, where staff log in (a kiosk refuses staff channels).
 */
export async function withApp<T>(dataDir: string, use: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp({ dataDir, env: {}, startJobs: false, log: createMemoryLogger(), config: { demoData: false, mode: 'counter', ...FAST_CONFIG } });
  return use(app).finally(() => app.close());
}

export async function cliEnv(): Promise<CliEnv> {
  const root = mkdtempSync(join(tmpdir(), 'madoguchi-cli-'));
  const dataDir = join(root, 'data');
  const clock = new FakeClock();
  mkdirSync(dataDir);
  const database: TestDatabase | undefined = testStoreIsPostgres() ? await createTestDatabase() : undefined;
  writeFastConfig(dataDir, database?.url);
  return {
    dataDir,
    clock,
    async run(argv, typed = []) {
      const io = scriptedIO(typed);
      const code = await runCli(['--data-dir', dataDir, ...argv], io, {}, clock);
      return { code, out: io.outLines.join('\n'), err: io.errLines.join('\n'), asked: io.asked };
    },
    async close() {
      await database?.drop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function writeFastConfig(dataDir: string, storeUrl?: string): void {
  const config = storeUrl === undefined ? FAST_CONFIG : { ...FAST_CONFIG, store: { url: storeUrl } };
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify(config));
}

/** The recovery code printed by init or recover-admin. */
export function recoveryCodeIn(out: string): string {
  const match = /([A-Z2-9]{4}(?:-[A-Z2-9]{4}){4})/.exec(out.split('\n').filter((l) => /recovery code/.test(l)).join('\n'));
  if (!match?.[1]) throw new Error(`no recovery code in:\n${out}`);
  return match[1];
}
