// The SQLite adapter: opening and migrating a file (and refusing what it must not touch), and the
// transaction queue that lets one synchronous connection serve async callers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, migrations } from '../../../src-main/store/migrations';
import { openSqlite, type SqliteStore } from '../../../src-main/store/sqlite-store';
import { isUniqueViolation, StoreError } from '../../../src-main/store/store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openSqlite', () => {
  it('applies every migration once and records the version', async () => {
    const file = join(dir, 'db.sqlite');
    const store = openSqlite(file);
    expect(store.kind).toBe('sqlite');
    expect(store.schemaVersion).toBe(latestVersion);
    expect(store.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('secure_delete', { simple: true })).toBe(1);
    await store.close();
    // Re-opening applies nothing twice (a second CREATE TABLE would throw).
    const again = openSqlite(file);
    expect(again.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    await again.close();
  });

  it('numbers migrations 1…n', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('refuses a database written by a newer version and changes nothing', () => {
    const file = join(dir, 'db.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE precious (x)');
    raw.pragma(`user_version = ${latestVersion + 5}`);
    raw.close();
    expect(() => openSqlite(file)).toThrowError(StoreError);
    expect(() => openSqlite(file)).toThrowError(/newer Madoguchi/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion + 5);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'accounts'").get()).toBeUndefined();
    check.close();
  });

  it('refuses a file that is not a database, leaving it untouched', () => {
    const file = join(dir, 'db.sqlite');
    const text = 'this is not sqlite at all, just some text that is long enough to look like a header';
    writeFileSync(file, text);
    let error: unknown;
    try {
      openSqlite(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).reason).toBe('corrupt');
    expect((error as StoreError).message).toMatch(/not a readable Madoguchi database/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('rolls back a failing migration whole and names it', () => {
    const file = join(dir, 'db.sqlite');
    const bad = [
      { version: 1, name: '001_ok.sql', sql: 'CREATE TABLE a (x);' },
      { version: 2, name: '002_bad.sql', sql: 'CREATE TABLE b (x); THIS IS NOT SQL;' },
    ];
    let error: unknown;
    try {
      openSqlite(file, { migrations: bad });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).reason).toBe('migration_failed');
    expect((error as StoreError).message).toMatch(/002_bad\.sql/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    check.close();
  });
});

describe('SqliteStore', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = openSqlite(join(dir, 'db.sqlite'));
  });
  afterEach(async () => {
    await store.close();
  });

  const events = async () => (await store.all<{ bucket: string }>('SELECT bucket FROM rate_events ORDER BY at')).map((r) => r.bucket);
  const add = (bucket: string, at: number) => store.run('INSERT INTO rate_events (bucket, at) VALUES (?, ?)', [bucket, at]);

  it('binds ? and @name parameters, returns RETURNING rows and counts changes', async () => {
    const row = await store.get<{ id: number }>(
      "INSERT INTO accounts (kind, login_id, display_name, created_at, updated_at) VALUES ('citizen', @login, @name, @now, @now) RETURNING id",
      { login: 'k1', name: '山田', now: 1 },
    );
    expect(row).toEqual({ id: 1 });
    expect(await store.run('UPDATE accounts SET display_name = ? WHERE id = ?', ['山田 花子', 1])).toEqual({ changes: 1 });
    expect(await store.get('SELECT display_name FROM accounts WHERE id = ? FOR UPDATE', [1])).toEqual({ display_name: '山田 花子' });
    const second = await store
      .run("INSERT INTO accounts (kind, login_id, display_name, created_at, updated_at) VALUES ('citizen', 'k1', 'x', 1, 1)")
      .catch((e: unknown) => e);
    expect(isUniqueViolation(second)).toBe(true);
  });

  it('makes a call from outside wait while a transaction is open, and lets calls from inside run', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const order: string[] = [];
    const tx = store.transaction(async () => {
      expect(store.inTransaction).toBe(true);
      await add('inside-1', 1);
      order.push('inside-1');
      await gate;
      await add('inside-2', 3);
      order.push('inside-2');
    });
    // Let the transaction reach the gate, then call from outside it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.inTransaction).toBe(false);
    const outside = add('outside', 2).then(() => order.push('outside'));
    const read = events().then((seen) => {
      order.push('read');
      return seen;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['inside-1']);
    release();
    await Promise.all([tx, outside]);
    // The outside calls ran after the commit, in the order they were made: the read saw all of it.
    expect(await read).toEqual(['inside-1', 'outside', 'inside-2']);
    expect(order).toEqual(['inside-1', 'inside-2', 'outside', 'read']);
    expect(await events()).toEqual(['inside-1', 'outside', 'inside-2']);
  });

  it('rolls back a throwing body and lets the waiting callers go on', async () => {
    const tx = store.transaction(async () => {
      await add('doomed', 1);
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('changed my mind');
    });
    const after = add('after', 2);
    await expect(tx).rejects.toThrow('changed my mind');
    await after;
    expect(await events()).toEqual(['after']);
    expect(store.db.inTransaction).toBe(false);
  });

  it('joins a nested transaction to the outer one', async () => {
    await expect(
      store.transaction(async () => {
        await add('outer', 1);
        const inner = await store.transaction(async () => {
          await add('inner', 2);
          return 'inner result';
        });
        expect(inner).toBe('inner result');
        expect(await events()).toEqual(['outer', 'inner']);
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    // The inner part was not committed on its own.
    expect(await events()).toEqual([]);
    await store.transaction(async () => {
      await add('outer', 1);
      await store.transaction(() => add('inner', 2));
    });
    expect(await events()).toEqual(['outer', 'inner']);
  });

  it('runs transactions from concurrent callers one after another', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.transaction(async () => {
          const n = (await store.get<{ n: number }>('SELECT count(*) AS n FROM rate_events'))?.n ?? 0;
          await new Promise((resolve) => setImmediate(resolve));
          await add(`n${n}`, i);
        }),
      ),
    );
    // Each body saw all the earlier ones: no two read the same count.
    expect(new Set(await events()).size).toBe(20);
  });

  it('waits for an open transaction before closing', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tx = store.transaction(async () => {
      await add('before-close', 1);
      await gate;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const closing = store.close();
    release();
    await tx;
    await closing;
    const check = openSqlite(join(dir, 'db.sqlite'));
    expect(await check.all('SELECT bucket FROM rate_events')).toEqual([{ bucket: 'before-close' }]);
    await check.close();
  });
});
