// The daily backup job (config backup.time): once per site and day (job_runs, like the library's
// daily jobs), and only for the SQLite store — a PostgreSQL site backs up on its server with
// pg_dump (README), and the health check reads that run's marker file instead.
import type { Clock } from '../clock';
import { readAnchors } from '../audit/anchors';
import { AuditLog } from '../audit/log';
import { writeVerifyRecord } from '../audit/verify-record';
import type { Logger } from '../log';
import { type BackupManifest, writeVerifiedBackup } from '../site/backups';
import type { Store } from '../store/store';
import { DailyTime } from './daily-time';
import { claimDailyRun } from './job-claims';
import type { Job } from './scheduler';

export const BACKUP_JOB = 'site.backup';

export interface BackupJobOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  dataDir: string;
  /** The live SQLite file. */
  databaseFile: string;
  dir: string;
  keep: number;
  time: string;
  timeZone: string;
  terminal: string;
  anchorsFile: string;
  /** The site's audit key as this terminal holds it (null: the copy cannot be verified). */
  auditKey: () => Promise<Buffer | null>;
}

/** One backup now, verified and pruned (the job's work; tests call it directly too). */
export async function runBackupOnce(o: BackupJobOptions, now: number): Promise<BackupManifest> {
  const key = await o.auditKey();
  const { manifest, pruned } = await writeVerifiedBackup({
    source: o.databaseFile,
    dir: o.dir,
    at: now,
    keep: o.keep,
    checkChain: async (copy) => {
      const audit = new AuditLog(copy, o.clock, { key });
      const { lastId } = await audit.anchor();
      // Anchors taken after the copy describe rows it cannot have; those it reaches must match.
      const reached = readAnchors(o.anchorsFile).anchors.filter((a) => a.lastId <= lastId);
      const result = await audit.verify(reached);
      return { ok: result.ok, rows: result.rows, detail: result.ok ? null : (result.reason ?? 'broken') };
    },
  });
  if (manifest.auditRows !== null) writeVerifyRecord(o.dataDir, { at: now, ok: manifest.verified, rows: manifest.auditRows, by: 'backup' });
  // File names and sizes only: a backup's path holds nothing secret.
  if (manifest.verified) o.log.info('backup.written', { file: manifest.file, bytes: manifest.bytes, auditRows: manifest.auditRows, pruned: pruned.length });
  else o.log.error('backup.unverified', undefined, { file: manifest.file, detail: manifest.detail });
  return manifest;
}

export function backupJob(o: BackupJobOptions): Job {
  const daily = new DailyTime(o.timeZone, o.time);
  return {
    name: BACKUP_JOB,
    nextRun: (last, now) => daily.nextRun(last, now),
    run: async (now) => {
      if (await claimDailyRun(o.store, BACKUP_JOB, daily.dueDay(now), o.terminal)) await runBackupOnce(o, now);
    },
  };
}
