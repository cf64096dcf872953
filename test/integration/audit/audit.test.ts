import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src-main/audit/log';
import { FakeClock } from '../../../src-main/clock';
import { openDatabase } from '../../../src-main/store/database';

let dir: string;
let file: string;

function writeRows(n: number): void {
  const db = openDatabase(file);
  const audit = new AuditLog(db, new FakeClock());
  for (let i = 1; i <= n; i++) {
    audit.append({ actor: 'staff:A0001', terminal: 't1', action: 'test.action', target: `citizen:k${i}`, outcome: 'ok', detail: { n: i } });
  }
  db.close();
}

// Tampering happens on the file with a plain connection, as someone with the disk would do it.
function tamper(sql: string): void {
  const raw = new Database(file);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  raw.exec(sql);
  raw.close();
}

function verify() {
  const db = openDatabase(file);
  const result = new AuditLog(db, new FakeClock()).verify();
  db.close();
  return result;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-audit-'));
  file = join(dir, 'db.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit log', () => {
  it('verifies an untouched chain', () => {
    writeRows(20);
    expect(verify()).toEqual({ ok: true, rows: 20, brokenAt: null, reason: null });
  });

  it('refuses updates and deletes through SQL', () => {
    writeRows(2);
    const db = openDatabase(file);
    expect(() => db.exec("UPDATE audit_log SET outcome = 'failed' WHERE id = 1")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log WHERE id = 1')).toThrow(/append-only/);
    db.close();
  });

  it('finds an edited row', () => {
    writeRows(10);
    tamper("UPDATE audit_log SET target = 'citizen:someone-else' WHERE id = 4");
    expect(verify()).toMatchObject({ ok: false, brokenAt: 4, reason: 'edited' });
  });

  it('finds a deleted row in the middle', () => {
    writeRows(10);
    tamper('DELETE FROM audit_log WHERE id = 6');
    expect(verify()).toMatchObject({ ok: false, brokenAt: 6, reason: 'deleted' });
  });

  it('finds rows cut from the end', () => {
    writeRows(10);
    tamper('DELETE FROM audit_log WHERE id > 8');
    expect(verify()).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('finds a re-hashed edit (recomputed hash but broken link)', () => {
    writeRows(5);
    tamper("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE id = 2");
    expect(verify()).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('never accepts a detail key that names a secret', () => {
    const db = openDatabase(file);
    const audit = new AuditLog(db, new FakeClock());
    expect(() => audit.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok', detail: { password: 'x' } })).toThrow(/secret/);
    expect(() => audit.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok', detail: { otpCode: 'x' } })).toThrow(/secret/);
    db.close();
  });

  it('lists newest first with filters', () => {
    writeRows(5);
    const db = openDatabase(file);
    const audit = new AuditLog(db, new FakeClock());
    expect(audit.list({ limit: 2 }).map((r) => r.id)).toEqual([5, 4]);
    expect(audit.list({ target: 'citizen:k3' }).map((r) => r.id)).toEqual([3]);
    expect(audit.list({ beforeId: 3 }).map((r) => r.id)).toEqual([2, 1]);
    db.close();
  });
});
