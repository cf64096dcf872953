import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, DATABASE_FILE } from '../../../src-main/app';
import { ConfigError } from '../../../src-main/config/load';
import { StoreError } from '../../../src-main/store/database';
import { createMemoryLogger } from '../../../src-main/log';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-app-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createApp', () => {
  it('starts on an empty folder with the offline defaults and closes cleanly', async () => {
    const app = createApp({ dataDir: dir, env: {}, startJobs: false, config: { demoData: false } });
    expect(app.config.mail.smtpUrl).toBeNull();
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    const info = await app.router.invoke('t1', 'terminal.info', {});
    expect(info).toMatchObject({ ok: true, data: { mode: 'kiosk', defaultLocale: 'ja' } });
    expect(app.jobs.names).toEqual(expect.arrayContaining(['mail.deliver', 'sessions.sweep']));
    await app.close();
    await app.close(); // idempotent
  });

  it('stops on a bad config before touching the database', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ mode: 'tablet' }));
    expect(() => createApp({ dataDir: dir, env: {} })).toThrowError(ConfigError);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('names a data folder that cannot be created', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(() => createApp({ dataDir: join(file, 'data'), env: {}, log: createMemoryLogger() })).toThrowError(StoreError);
    expect(() => createApp({ dataDir: join(file, 'data'), env: {}, log: createMemoryLogger() })).toThrowError(/cannot be created or written/);
  });

  it('refuses a corrupt database and leaves the file as it was', () => {
    const db = join(dir, DATABASE_FILE);
    writeFileSync(db, 'garbage'.repeat(100));
    expect(() => createApp({ dataDir: dir, env: {}, log: createMemoryLogger() })).toThrowError(/not a readable Madoguchi database/);
    expect(readdirSync(dir).filter((f) => f.startsWith(DATABASE_FILE))).toEqual([DATABASE_FILE]);
  });
});
