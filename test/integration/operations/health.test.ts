// The health report (staff.health and `madoguchi-admin status`): each item's ok / warn / fail and
// its reason, on either store, and the channel's reach (administrators at a counter only).
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAnchor } from '../../../src-main/audit/anchors';
import { writeVerifyRecord } from '../../../src-main/audit/verify-record';
import { BACKUP_JOB } from '../../../src-main/jobs/backup-job';
import { APP_VERSION } from '../../../src-main/site/app-version';
import { Health, HEALTH_LIMITS } from '../../../src-main/site/health';
import type { Store } from '../../../src-main/store/store';
import { testStoreIsPostgres } from '../../fixtures/postgres-db';
import { type TempApp, tempApp } from '../../fixtures/temp-app';
import { staffEnv } from '../staff/staff-env';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const GIB = 1024 ** 3;
const postgres = testStoreIsPostgres();

const opened: TempApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

async function open(config: Parameters<typeof tempApp>[0] = {}): Promise<TempApp> {
  const t = await tempApp({ mode: 'counter', terminal: { name: 'counter-1' }, ...config });
  opened.push(t);
  return t;
}

function healthOf(t: TempApp, overrides: { store?: Store; free?: number | Error } = {}): Health {
  const free = overrides.free ?? 100 * GIB;
  return new Health({
    store: overrides.store ?? t.app.store,
    config: t.app.config,
    dataDir: t.dataDir,
    clock: t.clock,
    terminals: t.app.services.terminals,
    anchorsFile: join(t.dataDir, 'audit-anchors.jsonl'),
    diskSpace: async () => {
      if (free instanceof Error) throw free;
      return { free, total: 200 * GIB };
    },
  });
}

const INSERT_MAIL = `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, status, next_attempt_at, created_at, queued_at, sent_at)
  VALUES (?, 'test', 'ja', 'a@example.jp', 's', 'b', ?, ?, ?, ?, ?)`;

async function mailRow(t: TempApp, id: string, status: string, createdAt: number, sentAt: number | null = null): Promise<void> {
  await t.app.store.run(INSERT_MAIL, [id, status, createdAt, createdAt, createdAt, sentAt]);
}

describe('the health report', () => {
  it('says what a fresh site lacks: a backup (or its pg_dump marker), an audit verification', async () => {
    const t = await open();
    const r = await healthOf(t).check();
    expect(r.version).toMatchObject({ status: 'ok', reason: 'ok', schemaVersion: t.app.store.schemaVersion, storeSchemaVersion: t.app.store.schemaVersion });
    expect(r.store).toMatchObject({ status: 'ok', kind: postgres ? 'postgres' : 'sqlite', reachable: true });
    expect(r.mail).toMatchObject({ status: 'ok', pending: 0, failed: 0, oldestPendingAt: null, lastSentAt: null });
    expect(r.backup).toMatchObject(postgres ? { status: 'warn', reason: 'backup_postgres_unknown', kind: 'postgres' } : { status: 'warn', reason: 'backup_none', scheduledAt: '02:30' });
    expect(r.audit).toMatchObject({ status: 'warn', reason: 'audit_never_verified', lastVerifyAt: null, lastAnchorAt: null });
    expect(r.disk).toMatchObject({ status: 'ok', freeBytes: 100 * GIB });
    expect(r.terminals).toMatchObject({ status: 'ok', list: [{ name: 'counter-1', role: 'counter', status: 'ok' }] });
    expect(r.overall).toBe('warn');
    expect(r.terminal).toBe('counter-1');
  });

  it('mail: failed mails warn, a mail waiting 30 minutes warns, 4 hours fails; the last delivery is shown', async () => {
    const t = await open();
    const now = t.clock.now();
    await mailRow(t, 'm1', 'sent', now - 2 * HOUR, now - HOUR);
    await mailRow(t, 'm2', 'queued', now - 10 * 60_000);
    let r = await healthOf(t).check();
    expect(r.mail).toEqual({ status: 'ok', reason: 'ok', pending: 1, failed: 0, oldestPendingAt: now - 10 * 60_000, lastSentAt: now - HOUR });
    await mailRow(t, 'm3', 'failed', now - HOUR);
    r = await healthOf(t).check();
    expect(r.mail).toMatchObject({ status: 'warn', reason: 'mail_failed', failed: 1 });
    await t.app.store.run(`DELETE FROM outbox WHERE status = 'failed'`);
    t.clock.advance(HEALTH_LIMITS.mailStaleWarnMs);
    expect((await healthOf(t).check()).mail).toMatchObject({ status: 'warn', reason: 'mail_stale' });
    t.clock.advance(HEALTH_LIMITS.mailStaleFailMs);
    expect((await healthOf(t).check()).mail).toMatchObject({ status: 'fail', reason: 'mail_stale' });
  });

  it.skipIf(postgres)('backup (SQLite): ok after the scheduled run, warn after 26 h, fail after 3 days or when unverified', async () => {
    const t = await open();
    await t.app.jobs.runNow(BACKUP_JOB);
    let r = await healthOf(t).check();
    expect(r.backup).toMatchObject({ status: 'ok', reason: 'ok', kind: 'sqlite', at: t.clock.now(), verified: true });
    expect(r.backup.bytes).toBeGreaterThan(0);
    expect(r.backup.file).toMatch(/^madoguchi-\d{8}T\d{6}Z\.sqlite$/);
    t.clock.advance(HEALTH_LIMITS.backupWarnMs);
    expect((await healthOf(t).check()).backup).toMatchObject({ status: 'warn', reason: 'backup_old' });
    t.clock.advance(HEALTH_LIMITS.backupFailMs);
    expect((await healthOf(t).check()).backup).toMatchObject({ status: 'fail', reason: 'backup_old' });
    // A manifest that says the copy failed its check.
    const file = r.backup.file as string;
    const manifest = join(t.dataDir, 'backups', `${file}.json`);
    writeFileSync(manifest, JSON.stringify({ file, at: t.clock.now(), bytes: 1, verified: false, auditRows: null, detail: 'edited' }));
    r = await healthOf(t).check();
    expect(r.backup).toMatchObject({ status: 'fail', reason: 'backup_unverified', verified: false });
  });

  it.skipIf(postgres)('backup (SQLite): a schedule turned off warns', async () => {
    const t = await open({ backup: { time: null } });
    expect((await healthOf(t).check()).backup).toMatchObject({ status: 'warn', reason: 'backup_off', scheduledAt: null });
    expect(t.app.jobs.names).not.toContain(BACKUP_JOB);
  });

  it.runIf(postgres)('backup (PostgreSQL): no scheduled job; the pg_dump marker file is read when configured', async () => {
    const t = await open({ backup: { postgresLastRunFile: 'pg_dump.last' } });
    expect(t.app.jobs.names).not.toContain(BACKUP_JOB);
    expect((await healthOf(t).check()).backup).toMatchObject({ status: 'warn', reason: 'backup_none', kind: 'postgres', verified: null });
    const marker = join(t.dataDir, 'pg_dump.last');
    writeFileSync(marker, '');
    const at = (t.clock.now() - HOUR) / 1000;
    utimesSync(marker, at, at);
    expect((await healthOf(t).check()).backup).toMatchObject({ status: 'ok', reason: 'ok', at: t.clock.now() - HOUR });
    t.clock.advance(HEALTH_LIMITS.backupFailMs);
    expect((await healthOf(t).check()).backup).toMatchObject({ status: 'fail', reason: 'backup_old' });
  });

  it('disk: warn under 2 GiB, fail under 500 MiB, warn when it cannot be read', async () => {
    const t = await open();
    expect((await healthOf(t, { free: GIB }).check()).disk).toMatchObject({ status: 'warn', reason: 'disk_low', freeBytes: GIB, totalBytes: 200 * GIB });
    expect((await healthOf(t, { free: 100 * 1024 ** 2 }).check()).disk).toMatchObject({ status: 'fail', reason: 'disk_critical' });
    expect((await healthOf(t, { free: new Error('EACCES') }).check()).disk).toMatchObject({ status: 'warn', reason: 'disk_unknown', freeBytes: null });
    // The real file system of the data folder answers too.
    const real = await t.app.services.health.check();
    expect(real.disk.freeBytes).toBeGreaterThan(0);
    expect(real.disk.totalBytes).toBeGreaterThanOrEqual(real.disk.freeBytes ?? 0);
  });

  it('audit: the last verification and the last anchor decide; a failed verification fails', async () => {
    const t = await open();
    writeVerifyRecord(t.dataDir, { at: t.clock.now(), ok: true, rows: 3, by: 'verify-audit' });
    expect((await healthOf(t).check()).audit).toMatchObject({ status: 'warn', reason: 'audit_no_anchor', lastVerifyAt: t.clock.now(), lastVerifyOk: true });
    appendAnchor(join(t.dataDir, 'audit-anchors.jsonl'), { ...(await t.app.services.audit.anchor()), at: t.clock.now() });
    expect((await healthOf(t).check()).audit).toMatchObject({ status: 'ok', reason: 'ok', lastAnchorAt: t.clock.now() });
    t.clock.advance(HEALTH_LIMITS.auditVerifyWarnMs);
    expect((await healthOf(t).check()).audit).toMatchObject({ status: 'warn', reason: 'audit_verify_old' });
    writeVerifyRecord(t.dataDir, { at: t.clock.now(), ok: false, rows: 2, by: 'verify-audit' });
    expect((await healthOf(t).check()).audit).toMatchObject({ status: 'fail', reason: 'audit_verify_failed', lastVerifyOk: false });
  });

  it('terminals: another version warns, a terminal silent for a day warns', async () => {
    const t = await open();
    await t.app.services.terminals.register('kiosk-1', 'kiosk', APP_VERSION);
    expect((await healthOf(t).check()).terminals.status).toBe('ok');
    t.clock.advance(DAY);
    await t.app.services.terminals.heartbeat('counter-1');
    let r = await healthOf(t).check();
    expect(r.terminals).toMatchObject({ status: 'warn', reason: 'terminals_quiet' });
    expect(r.terminals.list.map((x) => [x.name, x.status])).toEqual([
      ['counter-1', 'ok'],
      ['kiosk-1', 'warn'],
    ]);
    await t.app.services.terminals.register('kiosk-1', 'kiosk', '0.0.1');
    r = await healthOf(t).check();
    expect(r.terminals).toMatchObject({ status: 'warn', reason: 'terminals_version' });
    expect(r.terminals.list.find((x) => x.name === 'kiosk-1')).toMatchObject({ appVersion: '0.0.1', role: 'kiosk', status: 'warn' });
  });

  it('an unreachable store fails the store and every item that needs it, without throwing', async () => {
    const t = await open();
    const refuse = () => Promise.reject(new Error('connection refused'));
    const dead: Store = { kind: t.app.store.kind, schemaVersion: t.app.store.schemaVersion, inTransaction: false, all: refuse, get: refuse, run: refuse, transaction: refuse, close: async () => {} };
    const r = await healthOf(t, { store: dead }).check();
    expect(r.store).toMatchObject({ status: 'fail', reason: 'store_unreachable', reachable: false, latencyMs: null });
    expect(r.mail).toMatchObject({ status: 'fail', reason: 'store_unreachable' });
    expect(r.terminals).toMatchObject({ status: 'fail', reason: 'store_unreachable', list: [] });
    expect(r.version).toMatchObject({ status: 'fail', reason: 'store_unreachable' });
    expect(r.overall).toBe('fail');
  });
});

describe('staff.health', () => {
  it('answers an administrator at a counter, refuses a clerk without staff management, and a kiosk', async () => {
    const env = await staffEnv({ terminal: { name: 'counter-1' } });
    try {
      const report = await env.ok('admin', 'staff.health', {});
      expect(report.store.status).toBe('ok');
      expect(report.terminals.list.map((x) => x.name)).toEqual(['counter-1']);
      const clerk = await env.clerk(['patron_lookup']);
      await env.login('c1', clerk.staffId, 'own1pin7');
      expect(await env.call('c1', 'staff.health', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      await env.close();
    }
    const kiosk = await tempApp({ mode: 'kiosk' });
    opened.push(kiosk);
    expect(await kiosk.call('k1', 'staff.health', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });
});
