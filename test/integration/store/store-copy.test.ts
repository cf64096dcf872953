// `madoguchi-admin store copy`: the demo data set moved SQLite → SQLite always, and SQLite →
// PostgreSQL → SQLite when a PostgreSQL server is given; identical row counts, a valid audit
// chain, a target that is not empty refused, and the copy usable by the app afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src-main/app';
import { runCli } from '../../../src-main/cli';
import { FakeClock } from '../../../src-main/clock';
import { DEMO_PATRON } from '../../../src-main/library';
import { createMemoryLogger } from '../../../src-main/log';
import { openStore } from '../../../src-main/store/open-store';
import { COPIED_TABLES, countRows, NOT_COPIED } from '../../../src-main/store/store-copy';
import { scriptedIO } from '../cli/cli-env';
import { createTestDatabase, postgresTestUrl } from '../../fixtures/postgres-db';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function demoFolder(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-copy-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const app = await createApp({ dataDir, env: {}, clock: new FakeClock(), startJobs: false, log: createMemoryLogger(), config: { demoData: true, security: { kdf: { N: 1024 } } } });
  await app.close();
  return dataDir;
}

async function copy(dataDir: string, from: string, to: string) {
  const io = scriptedIO([]);
  const code = await runCli(['--data-dir', dataDir, 'store', 'copy', '--from', from, '--to', to], io, {});
  return { code, out: io.outLines.join('\n'), err: io.errLines.join('\n') };
}

async function counts(dataDir: string, url: string | null) {
  const store = await openStore({ dataDir, url });
  try {
    return await countRows(store);
  } finally {
    await store.close();
  }
}

describe('store copy', () => {
  it('covers every table of both schemas', async () => {
    const dataDir = await demoFolder();
    const sqlite = await openStore({ dataDir, url: null });
    cleanups.push(() => sqlite.close());
    const tables = await sqlite.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'catalogue_fts%' ORDER BY name",
    );
    expect(tables.map((t) => t.name).sort()).toEqual([...COPIED_TABLES, ...NOT_COPIED].sort());
  });

  it('copies SQLite to SQLite with identical counts and a verified chain, and refuses a target that holds data', async () => {
    const dataDir = await demoFolder();
    const result = await copy(dataDir, 'madoguchi.sqlite', 'copy.sqlite');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/audit chain verifies: \d+ rows/);
    const source = await counts(dataDir, null);
    expect(await counts(dataDir, 'copy.sqlite')).toEqual(source);
    expect(source.find((c) => c.table === 'accounts')?.rows).toBeGreaterThan(3);

    const again = await copy(dataDir, 'madoguchi.sqlite', 'copy.sqlite');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not empty|空ではありません/);
  });

  it('refuses a wrong command line with exit 2', async () => {
    const io = scriptedIO([]);
    expect(await runCli(['store', 'copy', '--from', 'a.sqlite'], io, {})).toBe(2);
    expect(io.errLines.join('\n')).toMatch(/--from <url> and --to <url>/);
  });

  it.runIf(postgresTestUrl())('round-trips SQLite → PostgreSQL → SQLite, and the app works on the PostgreSQL copy', async () => {
    const dataDir = await demoFolder();
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const there = await copy(dataDir, 'madoguchi.sqlite', db.url);
    expect(there.err).toBe('');
    expect(there.code).toBe(0);
    expect(there.out).not.toContain('madoguchi-test'); // the password never printed
    const back = await copy(dataDir, db.url, 'back.sqlite');
    expect(back.code).toBe(0);
    const source = await counts(dataDir, null);
    expect(await counts(dataDir, db.url)).toEqual(source);
    expect(await counts(dataDir, 'back.sqlite')).toEqual(source);

    // The app on the copy: the demo patron logs in, and a new account gets a fresh id (the
    // sequences were moved past the copied ids).
    const app = await createApp({ dataDir, env: {}, clock: new FakeClock(), startJobs: false, log: createMemoryLogger(), config: { demoData: false, store: { url: db.url }, security: { kdf: { N: 1024 } } } });
    try {
      const login = await app.router.call('t1', 'library.login', { cardNumber: DEMO_PATRON.cardNumber, password: DEMO_PATRON.password });
      expect(login.ok).toBe(true);
      const created = await app.services.accounts.create('citizen', 'zzzz99999', '新規 登録');
      const max = await app.store.get<{ n: number }>("SELECT max(id) AS n FROM accounts WHERE login_id <> 'zzzz99999'");
      expect(created.id).toBeGreaterThan(max?.n ?? 0);
      expect((await app.services.audit.verify()).ok).toBe(true);
    } finally {
      await app.close();
    }
  });
});
