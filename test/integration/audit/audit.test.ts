import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src-main/audit/log';
import { FakeClock } from '../../../src-main/clock';
import { openSqlite } from '../../../src-main/store/sqlite-store';
import { TEST_AUDIT_KEY } from '../../fixtures/audit-key';

const key = TEST_AUDIT_KEY;

let dir: string;
let file: string;

async function writeRows(n: number): Promise<void> {
  const store = openSqlite(file);
  const audit = new AuditLog(store, new FakeClock(), { key });
  for (let i = 1; i <= n; i++) {
    await audit.append({ actor: 'staff:A0001', terminal: 't1', action: 'test.action', target: `citizen:k${i}`, outcome: 'ok', detail: { n: i } });
  }
  await store.close();
}

// Tampering happens on the file with a plain connection, as someone with the disk would do it.
function tamper(sql: string): void {
  const raw = new Database(file);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  raw.exec(sql);
  raw.close();
}

async function verify() {
  const store = openSqlite(file);
  const result = await new AuditLog(store, new FakeClock(), { key }).verify();
  await store.close();
  return result;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-audit-'));
  file = join(dir, 'db.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit log', () => {
  it('verifies an untouched chain', async () => {
    await writeRows(20);
    expect(await verify()).toEqual({ ok: true, rows: 20, brokenAt: null, reason: null });
  });

  it('verifies an empty log, and a chain longer than one page', async () => {
    expect(await verify()).toEqual({ ok: true, rows: 0, brokenAt: null, reason: null });
    await writeRows(2100);
    expect(await verify()).toEqual({ ok: true, rows: 2100, brokenAt: null, reason: null });
    tamper("UPDATE audit_log SET actor = 'x' WHERE id = 2050");
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 2050, reason: 'edited' });
  });

  it('keeps one chain under appends from concurrent callers', async () => {
    const store = openSqlite(file);
    const audit = new AuditLog(store, new FakeClock(), { key });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => audit.append({ actor: 'x', terminal: `t${i % 3}`, action: 'a', outcome: 'ok', detail: { n: i } })),
    );
    expect(await audit.verify()).toEqual({ ok: true, rows: 50, brokenAt: null, reason: null });
    await store.close();
  });

  it('refuses updates and deletes through SQL', async () => {
    await writeRows(2);
    const store = openSqlite(file);
    await expect(store.run("UPDATE audit_log SET outcome = 'failed' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(store.run('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    await store.close();
  });

  it('finds an edited row', async () => {
    await writeRows(10);
    tamper("UPDATE audit_log SET target = 'citizen:someone-else' WHERE id = 4");
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 4, reason: 'edited' });
  });

  it('finds a deleted row in the middle', async () => {
    await writeRows(10);
    tamper('DELETE FROM audit_log WHERE id = 6');
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 6, reason: 'deleted' });
  });

  it('finds rows cut from the end', async () => {
    await writeRows(10);
    tamper('DELETE FROM audit_log WHERE id > 8');
    expect(await verify()).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('finds a re-hashed edit (recomputed hash but broken link)', async () => {
    await writeRows(5);
    tamper("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE id = 2");
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('never accepts a detail key that names a secret', async () => {
    const store = openSqlite(file);
    const audit = new AuditLog(store, new FakeClock(), { key });
    await expect(audit.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok', detail: { password: 'x' } })).rejects.toThrow(/secret/);
    await expect(audit.append({ actor: 'x', terminal: 't', action: 'a', outcome: 'ok', detail: { otpCode: 'x' } })).rejects.toThrow(/secret/);
    await store.close();
  });

  it('lists newest first with filters', async () => {
    await writeRows(5);
    const store = openSqlite(file);
    const audit = new AuditLog(store, new FakeClock(), { key });
    expect((await audit.list({ limit: 2 })).map((r) => r.id)).toEqual([5, 4]);
    expect((await audit.list({ target: 'citizen:k3' })).map((r) => r.id)).toEqual([3]);
    expect((await audit.list({ beforeId: 3 })).map((r) => r.id)).toEqual([2, 1]);
    const [newest] = await audit.list({ limit: 1 });
    expect(newest).toMatchObject({ id: 5, actor: 'staff:A0001', terminal: 't1', outcome: 'ok', detail: '{"n":5}' });
    expect(newest?.prevHash).toMatch(/^[0-9a-f]{64}$/);
    expect(newest?.hash).toMatch(/^[0-9a-f]{64}$/);
    await store.close();
  });
});
