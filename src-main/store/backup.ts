// Copies of the database for `madoguchi-admin backup` and `restore`. A backup uses SQLite's online
// backup API, so it is consistent even while the app keeps writing; a restore first proves that the
// incoming file is a whole, readable Madoguchi database no newer than this version whose audit
// chain verifies, keeps the current one beside it, and only then swaps the files.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { latestVersion } from './migrations';
import { openSqlite, type SqliteStore } from './sqlite-store';
import { StoreError } from './store';

export type Inspection =
  | { ok: true; version: number }
  | { ok: false; reason: 'not_a_database' | 'corrupt' | 'not_madoguchi' | 'newer_version' | 'in_use' | 'audit_chain'; detail: string };

/**
 * Checks the audit chain of the staged copy (opened and migrated to this version's schema, as the
 * app would on its next start). The caller brings the key and anchors: the store layer knows
 * neither. lastId is where the backup's chain ends.
 */
export type ChainCheck = (store: SqliteStore) => Promise<{ ok: true; lastId: number } | { ok: false; detail: string }>;

// Tables every Madoguchi database has had since the first schema.
const CORE_TABLES = ['accounts', 'credentials', 'outbox', 'audit_log', 'audit_head'];

function openExisting(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Writes a consistent copy of `source` to `target` (which must not exist) and checks the copy. */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  const partial = `${target}.partial`;
  const db = openExisting(source);
  try {
    const { totalPages } = await db.backup(partial);
    const copy = inspectDatabase(partial);
    if (!copy.ok) throw new Error(`the copy did not pass its check (${copy.reason}: ${copy.detail})`);
    renameSync(partial, target);
    return { pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** Reads the file without changing it: integrity, schema version, and the core tables. */
function inspectDatabase(file: string): Inspection {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, readonly: true });
  } catch (error) {
    return { ok: false, reason: 'not_a_database', detail: (error as Error).message };
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: 'corrupt', detail: String(integrity) };
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
    const missing = CORE_TABLES.filter((t) => !tables.has(t));
    if (version < 1 || missing.length) {
      return { ok: false, reason: 'not_madoguchi', detail: missing.length ? `missing tables: ${missing.join(', ')}` : 'no schema version' };
    }
    if (version > latestVersion) {
      return { ok: false, reason: 'newer_version', detail: `schema ${version}, this version knows ${latestVersion}` };
    }
    return { ok: true, version };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return { ok: false, reason: code === 'SQLITE_NOTADB' ? 'not_a_database' : 'corrupt', detail: (error as Error).message };
  } finally {
    db.close();
  }
}

export interface RestoreOutcome {
  /** Where the database that was replaced now is (null when there was none). */
  kept: string | null;
  version: number;
  /** The last row of the restored audit chain. */
  auditLastId: number;
}

async function checkStagedChain(staged: string, check: ChainCheck): Promise<{ ok: true; lastId: number } | Extract<Inspection, { ok: false }>> {
  let store: SqliteStore;
  try {
    store = openSqlite(staged);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof StoreError ? error.message : String(error) };
  }
  try {
    const result = await check(store);
    // Folds the migration's WAL into the file, so the file alone is the whole database when it is renamed.
    store.db.pragma('journal_mode = DELETE');
    return result.ok ? result : { ok: false, reason: 'audit_chain', detail: result.detail };
  } finally {
    await store.close();
  }
}

/**
 * Takes the database for this connection alone, or says it is in use. A running app holds its
 * database open (in WAL mode every connection keeps a shared lock), and swapping the file under it
 * would let it go on writing into the unlinked file and log: every later change silently lost.
 */
function takeExclusively(db: Database.Database): boolean {
  db.pragma('busy_timeout = 1000');
  db.pragma('locking_mode = EXCLUSIVE');
  try {
    // In exclusive locking mode the lock stays after the transaction, until the connection closes.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

function removeStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${staged}${suffix}`, { force: true });
}

/**
 * Replaces `current` with a checked copy of `incoming`. The app must be stopped (refused with
 * in_use otherwise): the current file's WAL is folded in and removed first, so no stale log can be
 * replayed onto the restored file. A copy whose audit chain does not pass `checkChain` is refused.
 */
export async function restoreDatabase(
  incoming: string,
  current: string,
  keepAs: string,
  checkChain: ChainCheck,
): Promise<RestoreOutcome | Extract<Inspection, { ok: false }>> {
  const staged = `${current}.restoring`;
  removeStaged(staged);
  copyFileSync(incoming, staged);
  const checked = inspectDatabase(staged);
  if (!checked.ok) {
    removeStaged(staged);
    return checked;
  }
  const chain = await checkStagedChain(staged, checkChain);
  if (!chain.ok) {
    removeStaged(staged);
    return chain;
  }
  let kept: string | null = null;
  if (existsSync(current)) {
    const db = openExisting(current);
    try {
      if (!takeExclusively(db)) {
        removeStaged(staged);
        return { ok: false, reason: 'in_use', detail: 'the database is open in another program (is Madoguchi still running?)' };
      }
      await db.backup(keepAs);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    kept = keepAs;
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${current}${suffix}`, { force: true });
  renameSync(staged, current);
  return { kept, version: checked.version, auditLastId: chain.lastId };
}
