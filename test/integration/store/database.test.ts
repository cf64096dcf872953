import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, StoreError } from '../../../src-main/store/database';
import { latestVersion, migrations } from '../../../src-main/store/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('store', () => {
  it('applies every migration once and records the version', () => {
    const file = join(dir, 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
    // Re-opening applies nothing twice (a second CREATE TABLE would throw).
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(latestVersion);
    again.close();
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
    expect(() => openDatabase(file)).toThrowError(StoreError);
    expect(() => openDatabase(file)).toThrowError(/newer Madoguchi/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion + 5);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'accounts'").get()).toBeUndefined();
    check.close();
  });

  it('refuses a file that is not a database, leaving it untouched', () => {
    const file = join(dir, 'db.sqlite');
    writeFileSync(file, 'this is not sqlite at all, just some text that is long enough to look like a header');
    expect(() => openDatabase(file)).toThrowError(/not a readable Madoguchi database/);
  });

  it('rolls back a failing migration whole', () => {
    const file = join(dir, 'db.sqlite');
    const bad = [
      { version: 1, name: '001_ok.sql', sql: 'CREATE TABLE a (x);' },
      { version: 2, name: '002_bad.sql', sql: 'CREATE TABLE b (x); THIS IS NOT SQL;' },
    ];
    expect(() => openDatabase(file, { migrations: bad })).toThrowError(/002_bad\.sql/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    check.close();
  });
});
