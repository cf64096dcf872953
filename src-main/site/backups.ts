// Scheduled backups of the SQLite file (config backup.*): a consistent online copy in the backup
// folder, checked after writing (PRAGMA integrity_check, then the whole audit chain with the site's
// key), described by a manifest beside it, and the oldest pruned once a new one has verified. The
// copy is made with the same function as `madoguchi-admin backup` (store/backup.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { backupDatabase } from '../store/backup';
import { openSqlite, type SqliteStore } from '../store/sqlite-store';

/** Walks the copy's audit chain; the caller brings the key and anchors. */
export type BackupChainCheck = (store: SqliteStore) => Promise<{ ok: boolean; rows: number; detail: string | null }>;

export interface BackupManifest {
  /** The backup's file name in the backup folder. */
  file: string;
  at: number;
  bytes: number;
  /** Integrity and audit chain both checked on the copy. */
  verified: boolean;
  auditRows: number | null;
  /** Why it did not verify (null when it did). */
  detail: string | null;
}

const NAME = /^madoguchi-\d{8}T\d{6}Z(-\d+)?\.sqlite$/;

export function backupDirOf(dataDir: string, dir: string): string {
  return isAbsolute(dir) ? dir : join(dataDir, dir);
}

function stamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function manifestOf(dir: string, file: string): string {
  return join(dir, `${file}.json`);
}

/** Backup file names, oldest first (the names sort by time). */
function backupFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => NAME.test(f)).sort();
}

async function checkCopy(file: string, check: BackupChainCheck): Promise<{ ok: boolean; rows: number | null; detail: string | null }> {
  let store: SqliteStore;
  try {
    store = openSqlite(file);
  } catch (error) {
    return { ok: false, rows: null, detail: (error as Error).message };
  }
  try {
    const result = await check(store);
    return { ok: result.ok, rows: result.rows, detail: result.detail };
  } finally {
    // The copy leaves as one file, readable alone (restore copies just the file).
    store.db.pragma('journal_mode = DELETE');
    await store.close();
  }
}

export interface BackupRun {
  /** The live database file. */
  source: string;
  dir: string;
  at: number;
  keep: number;
  checkChain: BackupChainCheck;
}

/**
 * Writes one backup and its manifest; prunes to `keep` only when it verified, so a run of broken
 * copies never deletes the last good ones. A copy that fails PRAGMA integrity_check is not kept
 * (backupDatabase throws); one whose chain does not verify is kept and marked unverified.
 */
export async function writeVerifiedBackup({ source, dir, at, keep, checkChain }: BackupRun): Promise<{ manifest: BackupManifest; pruned: string[] }> {
  mkdirSync(dir, { recursive: true });
  let file = `madoguchi-${stamp(at)}.sqlite`;
  for (let n = 2; existsSync(join(dir, file)); n++) file = `madoguchi-${stamp(at)}-${n}.sqlite`;
  const target = join(dir, file);
  await backupDatabase(source, target);
  const chain = await checkCopy(target, checkChain);
  const manifest: BackupManifest = {
    file,
    at,
    bytes: statSync(target).size,
    verified: chain.ok,
    auditRows: chain.rows,
    detail: chain.ok ? null : chain.detail,
  };
  writeFileSync(manifestOf(dir, file), `${JSON.stringify(manifest)}\n`);
  return { manifest, pruned: manifest.verified ? pruneBackups(dir, keep) : [] };
}

/** Deletes all but the newest `keep` backups (with their manifests); returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const files = backupFiles(dir);
  const old = files.slice(0, Math.max(0, files.length - keep));
  for (const f of old) {
    rmSync(join(dir, f), { force: true });
    rmSync(manifestOf(dir, f), { force: true });
  }
  return old;
}

/** The newest backup in the folder, from its manifest (a file without one counts as unverified). */
export function latestBackup(dir: string): BackupManifest | null {
  const newest = backupFiles(dir).at(-1);
  if (!newest) return null;
  try {
    const m = JSON.parse(readFileSync(manifestOf(dir, newest), 'utf8')) as BackupManifest;
    if (typeof m.at === 'number' && typeof m.bytes === 'number' && typeof m.verified === 'boolean') return { ...m, file: newest };
  } catch {
    // Falls through: a backup written by hand, or a manifest lost.
  }
  const { size, mtimeMs } = statSync(join(dir, newest));
  return { file: newest, at: mtimeMs, bytes: size, verified: false, auditRows: null, detail: 'no manifest' };
}
