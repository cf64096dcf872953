// The site's health, one report for the staff screen (staff.health) and `madoguchi-admin status`:
// version, store, mail queue, last backup, free disk, audit verification and anchors, terminals.
// Each item says ok / warn / fail and why (a reason code both sides word in their languages). A
// check that cannot run is itself the finding: an unreachable store fails the items that need it,
// and nothing here throws.
import { statfs } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { HealthReason, HealthReport, HealthStatus } from '../../src-shared/contract/operations';
import { lastAnchor } from '../audit/anchors';
import { readVerifyRecord } from '../audit/verify-record';
import type { Clock } from '../clock';
import type { Config } from '../config/schema';
import type { Store } from '../store/store';
import { backupDirOf, latestBackup } from './backups';
import { buildInfo } from './build-info';
import type { Terminals } from './terminals';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where each item turns warn / fail. Chosen for a municipal site checked once a day. */
export const HEALTH_LIMITS = {
  storeTimeoutMs: 5_000,
  /** A mail still waiting this long: the SMTP server is not taking mail. */
  mailStaleWarnMs: 30 * MINUTE,
  mailStaleFailMs: 4 * HOUR,
  /** A daily backup missed once is a warning; three days without one is a failure. */
  backupWarnMs: 26 * HOUR,
  backupFailMs: 3 * DAY,
  diskWarnBytes: 2 * 1024 ** 3,
  diskFailBytes: 500 * 1024 ** 2,
  auditVerifyWarnMs: 8 * DAY,
  /** A terminal silent this long (its heartbeat is every minute) is switched off or broken. */
  terminalQuietMs: DAY,
} as const;

const RANK: Record<HealthStatus, number> = { ok: 0, warn: 1, fail: 2 };

export function worst(statuses: HealthStatus[]): HealthStatus {
  return statuses.reduce<HealthStatus>((w, s) => (RANK[s] > RANK[w] ? s : w), 'ok');
}

function item(status: HealthStatus, reason: HealthReason): { status: HealthStatus; reason: HealthReason } {
  return { status, reason };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const PENDING = `SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status IN ('queued', 'sending')`;
const FAILED = `SELECT count(*) AS n FROM outbox WHERE status = 'failed'`;
// The newest ids cover the newest deliveries (a retried old mail is the rare exception), and keep
// this off a scan of every mail ever sent.
const LAST_SENT = `SELECT max(sent_at) AS last FROM (SELECT sent_at FROM outbox WHERE status = 'sent' ORDER BY id DESC LIMIT 100) recent`;

export interface HealthDeps {
  store: Store;
  config: Config;
  dataDir: string;
  clock: Clock;
  terminals: Terminals;
  anchorsFile: string;
  /** Free and total bytes of the data folder's file system (tests pass a fixed answer). */
  diskSpace?: (dir: string) => Promise<{ free: number; total: number }>;
}

async function statfsSpace(dir: string): Promise<{ free: number; total: number }> {
  const s = await statfs(dir);
  return { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
}

export class Health {
  constructor(private readonly d: HealthDeps) {}

  async check(): Promise<HealthReport> {
    const now = this.d.clock.now();
    const build = buildInfo();
    const store = await this.storeItem();
    const reachable = store.reachable;
    const version = {
      ...(!reachable ? item('fail', 'store_unreachable') : this.d.store.schemaVersion === build.schemaVersion ? item('ok', 'ok') : item('warn', 'schema_behind')),
      appVersion: build.appVersion,
      schemaVersion: build.schemaVersion,
      storeSchemaVersion: this.d.store.schemaVersion,
    };
    const mail = reachable ? await this.mailItem(now) : { ...item('fail', 'store_unreachable'), pending: 0, failed: 0, oldestPendingAt: null, lastSentAt: null };
    const terminals = reachable ? await this.terminalsItem(now, build.appVersion) : { ...item('fail', 'store_unreachable'), list: [] };
    const report: Omit<HealthReport, 'overall'> = {
      checkedAt: now,
      terminal: this.d.config.terminal.name,
      version,
      store,
      mail,
      backup: this.backupItem(now),
      disk: await this.diskItem(),
      audit: this.auditItem(now),
      terminals,
    };
    const overall = worst([report.version, report.store, report.mail, report.backup, report.disk, report.audit, report.terminals].map((i) => i.status));
    return { overall, ...report };
  }

  private async storeItem(): Promise<HealthReport['store']> {
    const started = performance.now();
    try {
      await withTimeout(this.d.store.get('SELECT 1 AS one'), HEALTH_LIMITS.storeTimeoutMs);
      return { ...item('ok', 'ok'), kind: this.d.store.kind, reachable: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    } catch {
      return { ...item('fail', 'store_unreachable'), kind: this.d.store.kind, reachable: false, latencyMs: null };
    }
  }

  private async mailItem(now: number): Promise<HealthReport['mail']> {
    try {
      const pending = await this.d.store.get<{ n: number; oldest: number | null }>(PENDING);
      const failed = await this.d.store.get<{ n: number }>(FAILED);
      const sent = await this.d.store.get<{ last: number | null }>(LAST_SENT);
      const counts = { pending: Number(pending?.n ?? 0), failed: Number(failed?.n ?? 0) };
      const oldestPendingAt = pending?.oldest == null ? null : Number(pending.oldest);
      const lastSentAt = sent?.last == null ? null : Number(sent.last);
      const age = oldestPendingAt === null ? 0 : now - oldestPendingAt;
      const verdict =
        age >= HEALTH_LIMITS.mailStaleFailMs ? item('fail', 'mail_stale')
        : counts.failed > 0 ? item('warn', 'mail_failed')
        : age >= HEALTH_LIMITS.mailStaleWarnMs ? item('warn', 'mail_stale')
        : item('ok', 'ok');
      return { ...verdict, ...counts, oldestPendingAt, lastSentAt };
    } catch {
      return { ...item('fail', 'store_unreachable'), pending: 0, failed: 0, oldestPendingAt: null, lastSentAt: null };
    }
  }

  private ageVerdict(at: number, now: number, reasonIfOld: HealthReason): { status: HealthStatus; reason: HealthReason } {
    const age = now - at;
    if (age >= HEALTH_LIMITS.backupFailMs) return item('fail', reasonIfOld);
    if (age >= HEALTH_LIMITS.backupWarnMs) return item('warn', reasonIfOld);
    return item('ok', 'ok');
  }

  private backupItem(now: number): HealthReport['backup'] {
    const { backup } = this.d.config;
    if (this.d.store.kind === 'postgres') {
      const base = { kind: 'postgres' as const, scheduledAt: null, verified: null, file: null, bytes: null };
      if (backup.postgresLastRunFile === null) return { ...item('warn', 'backup_postgres_unknown'), ...base, at: null };
      const marker = isAbsolute(backup.postgresLastRunFile) ? backup.postgresLastRunFile : join(this.d.dataDir, backup.postgresLastRunFile);
      if (!existsSync(marker)) return { ...item('warn', 'backup_none'), ...base, at: null };
      const at = statSync(marker).mtimeMs;
      return { ...this.ageVerdict(at, now, 'backup_old'), ...base, at };
    }
    const latest = latestBackup(backupDirOf(this.d.dataDir, backup.dir));
    const shown = { kind: 'sqlite' as const, scheduledAt: backup.time, at: latest?.at ?? null, bytes: latest?.bytes ?? null, verified: latest?.verified ?? null, file: latest?.file ?? null };
    if (latest && !latest.verified) return { ...item('fail', 'backup_unverified'), ...shown };
    if (backup.time === null) return { ...item('warn', 'backup_off'), ...shown };
    if (!latest) return { ...item('warn', 'backup_none'), ...shown };
    return { ...this.ageVerdict(latest.at, now, 'backup_old'), ...shown };
  }

  private async diskItem(): Promise<HealthReport['disk']> {
    try {
      const { free, total } = await (this.d.diskSpace ?? statfsSpace)(this.d.dataDir);
      const verdict = free < HEALTH_LIMITS.diskFailBytes ? item('fail', 'disk_critical') : free < HEALTH_LIMITS.diskWarnBytes ? item('warn', 'disk_low') : item('ok', 'ok');
      return { ...verdict, freeBytes: free, totalBytes: total };
    } catch {
      return { ...item('warn', 'disk_unknown'), freeBytes: null, totalBytes: null };
    }
  }

  private auditItem(now: number): HealthReport['audit'] {
    const record = readVerifyRecord(this.d.dataDir);
    const anchor = lastAnchor(this.d.anchorsFile);
    const shown = { lastVerifyAt: record?.at ?? null, lastVerifyOk: record?.ok ?? null, lastAnchorAt: anchor?.at ?? null, lastAnchorId: anchor?.lastId ?? null };
    const verdict =
      record && !record.ok ? item('fail', 'audit_verify_failed')
      : !record ? item('warn', 'audit_never_verified')
      : now - record.at >= HEALTH_LIMITS.auditVerifyWarnMs ? item('warn', 'audit_verify_old')
      : !anchor ? item('warn', 'audit_no_anchor')
      : item('ok', 'ok');
    return { ...verdict, ...shown };
  }

  private async terminalsItem(now: number, appVersion: string): Promise<HealthReport['terminals']> {
    try {
      const list = (await this.d.terminals.list()).map((t) => {
        const odd = t.appVersion !== appVersion || now - t.lastSeen >= HEALTH_LIMITS.terminalQuietMs;
        return { name: t.name, role: t.role, appVersion: t.appVersion, lastSeen: t.lastSeen, status: odd ? ('warn' as const) : ('ok' as const) };
      });
      const verdict = list.some((t) => t.appVersion !== appVersion)
        ? item('warn', 'terminals_version')
        : list.some((t) => t.status !== 'ok') ? item('warn', 'terminals_quiet') : item('ok', 'ok');
      return { ...verdict, list };
    } catch {
      return { ...item('fail', 'store_unreachable'), list: [] };
    }
  }
}
