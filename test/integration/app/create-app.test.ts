import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, DATABASE_FILE } from '../../../src-main/app';
import { ConfigError } from '../../../src-main/config/load';
import { createMemoryLogger } from '../../../src-main/log';
import { APP_VERSION } from '../../../src-main/site/app-version';
import { StoreError } from '../../../src-main/store/store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-app-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createApp', () => {
  it('starts on an empty folder with the offline defaults and closes cleanly', async () => {
    const app = await createApp({ dataDir: dir, env: {}, startJobs: false, config: { demoData: false } });
    expect(app.config.mail.smtpUrl).toBeNull();
    expect(app.store.kind).toBe('sqlite');
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    const info = await app.router.invoke('t1', 'terminal.info', {});
    expect(info).toMatchObject({ ok: true, data: { mode: 'kiosk', defaultLocale: 'ja' } });
    expect(app.jobs.names).toEqual(expect.arrayContaining(['mail.deliver', 'sessions.sweep', 'terminal.heartbeat']));
    await app.close();
    await app.close(); // idempotent
  });

  it('registers the terminal with its name, role and version, and keeps first_seen across starts', async () => {
    const log = createMemoryLogger();
    const first = await createApp({ dataDir: dir, env: {}, startJobs: false, log, config: { demoData: false, mode: 'counter', terminal: { name: 'counter-1' } } });
    const [registered] = await first.services.terminals.list();
    expect(registered).toEqual({ name: 'counter-1', role: 'counter', appVersion: APP_VERSION, firstSeen: expect.any(Number), lastSeen: expect.any(Number) });
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(log.entries.find((e) => e.event === 'store.opened')?.detail).toMatchObject({ kind: 'sqlite' });
    await first.close();

    const later = Date.now() + 60_000;
    const again = await createApp({
      dataDir: dir, env: {}, startJobs: false, clock: { now: () => later },
      config: { demoData: false, mode: 'kiosk', terminal: { name: 'counter-1' } },
    });
    expect(await again.services.terminals.list()).toEqual([{ ...registered, role: 'kiosk', lastSeen: later }]);
    await again.close();
  });

  it('stops on a bad config before touching the database', async () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ mode: 'tablet' }));
    await expect(createApp({ dataDir: dir, env: {} })).rejects.toThrowError(ConfigError);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('names the password file it cannot read, before touching the database', async () => {
    const missing = join(dir, 'no-such-password');
    await expect(
      createApp({ dataDir: dir, env: {}, config: { store: { url: 'postgres://madoguchi@127.0.0.1:1/madoguchi', passwordFile: missing } } }),
    ).rejects.toThrowError(/store\.passwordFile: cannot read .*no-such-password/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names a data folder that cannot be created', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    await expect(createApp({ dataDir: join(file, 'data'), env: {}, log: createMemoryLogger() })).rejects.toThrowError(StoreError);
    await expect(createApp({ dataDir: join(file, 'data'), env: {}, log: createMemoryLogger() })).rejects.toThrowError(/cannot be created or written/);
  });

  it('refuses a corrupt database and leaves the file as it was', async () => {
    const db = join(dir, DATABASE_FILE);
    writeFileSync(db, 'garbage'.repeat(100));
    await expect(createApp({ dataDir: dir, env: {}, log: createMemoryLogger() })).rejects.toThrowError(/not a readable Madoguchi database/);
    expect(readdirSync(dir).filter((f) => f.startsWith(DATABASE_FILE))).toEqual([DATABASE_FILE]);
  });

  it('closes the store when start-up fails after opening it', async () => {
    // Demo data into a database whose staff table is gone: the seeding fails after the store opened.
    const app = await createApp({ dataDir: dir, env: {}, startJobs: false, log: createMemoryLogger(), config: { demoData: false } });
    await app.store.run('DROP TABLE staff_profiles');
    await app.close();
    await expect(createApp({ dataDir: dir, env: {}, startJobs: false, log: createMemoryLogger(), config: { demoData: true, security: { kdf: { N: 1024 } } } })).rejects.toThrow();
    // Closed: the file can be locked exclusively (an open connection holds a shared lock in WAL mode).
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma('locking_mode = EXCLUSIVE');
    expect(() => raw.exec('BEGIN EXCLUSIVE; COMMIT;')).not.toThrow();
    raw.close();
  });
});
