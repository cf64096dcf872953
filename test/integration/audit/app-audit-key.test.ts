// The app and the audit key at start-up, as terminals of a site meet it: the first start on an
// empty store makes the key; a terminal that joins a store whose chain has rows, without the
// site's key or with another one, still starts, says so in the log, and refuses every audited
// action rather than write rows the others cannot verify. Runs on SQLite (two apps on one file)
// and, under MADOGUCHI_TEST_STORE=postgres, on one PostgreSQL database.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditKeyError } from '../../../src-main/audit/log';
import { createTestDatabase, testStoreIsPostgres } from '../../fixtures/postgres-db';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-key-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** One store for several terminals: a PostgreSQL database, or one SQLite file. */
async function sharedStore(): Promise<string> {
  if (testStoreIsPostgres()) {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    return db.url;
  }
  return join(folder(), 'site.sqlite');
}

async function terminal(storeUrl: string, dataDir = folder()): Promise<TempApp> {
  const t = await tempApp({ mode: 'counter' }, { storeUrl, dataDir, auditKey: false });
  cleanups.push(() => t.close());
  return t;
}

const row = { actor: 'system', terminal: 't', action: 'test.row', outcome: 'ok' } as const;
const events = (t: TempApp) => t.logs.map((e) => e.event);

describe('audit key at start-up', () => {
  it('the first start on an empty store makes the key (0600) and uses it', async () => {
    const first = await terminal(await sharedStore());
    const keyFile = join(first.dataDir, 'audit.key');
    expect(existsSync(keyFile)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(first.logs.find((e) => e.event === 'audit.key_created')?.detail).toMatchObject({ file: keyFile, sealed: null });
    expect(await first.app.services.audit.keyState()).toBe('keyed');
    await first.app.services.audit.append(row);
    expect((await first.app.services.audit.verify()).ok).toBe(true);
  });

  it('a terminal without the key on a chain with rows starts, warns, makes no key and refuses audited actions', async () => {
    const url = await sharedStore();
    const first = await terminal(url);
    await first.app.services.audit.append(row);

    const second = await terminal(url);
    expect(existsSync(join(second.dataDir, 'audit.key'))).toBe(false);
    expect(second.logs.find((e) => e.event === 'audit.no_key')).toMatchObject({ level: 'warn', detail: { file: join(second.dataDir, 'audit.key') } });
    expect(await second.app.services.audit.verify()).toEqual({ ok: false, rows: 0, brokenAt: null, reason: 'no_key' });
    await expect(second.app.services.audit.append(row)).rejects.toBeInstanceOf(AuditKeyError);
    // A staff login is audited, right or wrong: it cannot happen here.
    expect(await second.call('c/window-1', 'staff.login', { staffId: 'A0001', pin: 'kanri2468' })).toEqual({ ok: false, error: { code: 'internal' } });
    expect(await first.app.services.audit.verify()).toEqual({ ok: true, rows: 1, brokenAt: null, reason: null });

    // The technician copies the site's key over; after a restart the terminal takes part.
    await second.close();
    copyFileSync(join(first.dataDir, 'audit.key'), join(second.dataDir, 'audit.key'));
    const again = await terminal(url, second.dataDir);
    expect(events(again)).not.toContain('audit.no_key');
    await again.app.services.audit.append(row);
    expect(await first.app.services.audit.verify()).toEqual({ ok: true, rows: 2, brokenAt: null, reason: null });
  });

  it('a terminal with another key is told before it writes anything', async () => {
    const url = await sharedStore();
    const first = await terminal(url);
    const dir = folder();
    writeFileSync(join(dir, 'audit.key'), `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const stranger = await terminal(url, dir);
    expect(stranger.logs.find((e) => e.event === 'audit.wrong_key')?.level).toBe('error');
    expect(await stranger.app.services.audit.verify()).toMatchObject({ ok: false, reason: 'wrong_key' });
    await expect(stranger.app.services.audit.append(row)).rejects.toThrow(/not the one the audit chain was started with/);
    await first.app.services.audit.append(row);
    expect(await first.app.services.audit.verify()).toEqual({ ok: true, rows: 1, brokenAt: null, reason: null });
  });
});
