// Scheduled backups (config backup.*): the daily job writes a copy, checks it (integrity and the
// audit chain), keeps N, runs once per site and day however many terminals share the store, and
// does not exist on PostgreSQL (pg_dump's job there).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readVerifyRecord } from '../../../src-main/audit/verify-record';
import { FakeClock } from '../../../src-main/clock';
import { BACKUP_JOB } from '../../../src-main/jobs/backup-job';
import { latestBackup } from '../../../src-main/site/backups';
import type { SqliteStore } from '../../../src-main/store/sqlite-store';
import { testStoreIsPostgres } from '../../fixtures/postgres-db';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

const DAY = 24 * 3600_000;
const postgres = testStoreIsPostgres();
const opened: TempApp[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

async function open(config: Parameters<typeof tempApp>[0] = {}, options: Parameters<typeof tempApp>[1] = {}): Promise<TempApp> {
  const t = await tempApp({ terminal: { name: 'counter-1' }, ...config }, options);
  opened.push(t);
  return t;
}

const backupsOf = (dataDir: string) => (existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite')).sort() : []);

describe.skipIf(postgres)('scheduled backups (SQLite)', () => {
  it('writes a verified copy at the configured time, records the audit check, and keeps only N', async () => {
    // 2026-01-05 00:00 UTC is 09:00 in Tokyo; the backup time 10:00 comes an hour later.
    const t = await open({ backup: { time: '10:00', keep: 2 } });
    await t.app.services.audit.append({ actor: 'test', terminal: 't', action: 'test.row', target: null, outcome: 'ok' });
    // At start the job catches up yesterday's run.
    await t.app.jobs.runDue();
    expect(backupsOf(t.dataDir)).toHaveLength(1);
    await t.app.jobs.runDue();
    expect(backupsOf(t.dataDir)).toHaveLength(1);
    for (let day = 0; day < 3; day++) {
      t.clock.advance(DAY);
      await t.app.jobs.runDue();
    }
    const files = backupsOf(t.dataDir);
    expect(files).toHaveLength(2);
    const latest = latestBackup(join(t.dataDir, 'backups'));
    expect(latest).toMatchObject({ verified: true, auditRows: 1, detail: null, at: t.clock.now(), file: files[1] });
    expect(readVerifyRecord(t.dataDir)).toEqual({ at: t.clock.now(), ok: true, rows: 1, by: 'backup' });
    // The copy is one whole file (no -wal beside it) that passes integrity_check and holds the row.
    expect(existsSync(join(t.dataDir, 'backups', `${files[1]}-wal`))).toBe(false);
    const db = new Database(join(t.dataDir, 'backups', files[1] as string), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'test.row'`).get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    expect(t.logs.filter((e) => e.event === 'backup.written')).toHaveLength(4);
  });

  it('keeps a copy whose audit chain does not verify, marks it, logs an error and prunes nothing', async () => {
    const t = await open({ backup: { keep: 1 } });
    await t.app.jobs.runNow(BACKUP_JOB);
    await t.app.services.audit.append({ actor: 'test', terminal: 't', action: 'test.row', target: null, outcome: 'ok' });
    // Someone with the file drops the guard and edits a row; the next copy must not verify.
    const raw = (t.app.store as SqliteStore).db;
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE action = 'test.row'`).run();
    t.clock.advance(DAY);
    await t.app.jobs.runNow(BACKUP_JOB);
    expect(backupsOf(t.dataDir)).toHaveLength(2);
    expect(latestBackup(join(t.dataDir, 'backups'))).toMatchObject({ verified: false, detail: 'edited' });
    expect(readVerifyRecord(t.dataDir)).toMatchObject({ ok: false, by: 'backup' });
    expect(t.logs.find((e) => e.event === 'backup.unverified')).toMatchObject({ level: 'error' });
  });

  it('runs once per day for the site when two terminals share the SQLite file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-backup-'));
    folders.push(dataDir);
    const clock = new FakeClock();
    const a = await open({ terminal: { name: 'counter-1' } }, { dataDir, clock });
    const b = await open({ terminal: { name: 'counter-2' } }, { dataDir, clock });
    // Only the backup job: two SQLite apps in one test process wait on each other's locks in the
    // mail worker (busy_timeout on one thread), which says nothing about backups.
    await Promise.all([a.app.jobs.runNow(BACKUP_JOB), b.app.jobs.runNow(BACKUP_JOB)]);
    await Promise.all([a.app.jobs.runNow(BACKUP_JOB), b.app.jobs.runNow(BACKUP_JOB)]);
    expect(backupsOf(dataDir)).toHaveLength(1);
    const claims = await a.app.store.all<{ terminal: string }>('SELECT terminal FROM job_runs WHERE job = ?', [BACKUP_JOB]);
    expect(claims).toHaveLength(1);
  });

  it('writes into backup.dir and is not scheduled when backup.time is null', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-backup-dir-'));
    folders.push(dir);
    const t = await open({ backup: { dir } });
    await t.app.jobs.runNow(BACKUP_JOB);
    expect(readdirSync(dir).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    const off = await open({ backup: { time: null } });
    expect(off.app.jobs.names).not.toContain(BACKUP_JOB);
  });
});

describe.runIf(postgres)('scheduled backups (PostgreSQL)', () => {
  it('are not scheduled: pg_dump backs up the server (README)', async () => {
    const t = await open();
    expect(t.app.jobs.names).not.toContain(BACKUP_JOB);
    expect((await t.app.services.health.check()).backup).toMatchObject({ kind: 'postgres', reason: 'backup_postgres_unknown' });
  });
});
