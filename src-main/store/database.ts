// The one SQLite connection of the process. Durability over speed where they conflict: WAL with
// synchronous=FULL, so a power cut at a kiosk never loses a committed reservation.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion, type Migration, migrations as bundled } from './migrations';

export type Db = Database.Database;

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly reason: 'newer_version' | 'corrupt' | 'unwritable' | 'migration_failed',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  readonly?: boolean;
  migrations?: readonly Migration[];
}

export function openDatabase(file: string, { readonly = false, migrations = bundled }: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (!readonly) mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new StoreError('unwritable', `Cannot open the database at ${file}: ${(error as Error).message}`);
  }
  try {
    // The first read tells a non-database file apart before anything is written to it.
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.length ? (migrations[migrations.length - 1] as Migration).version : latestVersion;
    if (version > latest) {
      throw new StoreError(
        'newer_version',
        `The database at ${file} was written by a newer Madoguchi (schema ${version}, this version knows ${latest}). ` +
          'Nothing was changed. Install the newer version or restore a backup.',
      );
    }
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A city's data set is a few GB; SQLite's default 2 MB page cache made a 1000-row history page
    // re-read the disk every time. 32 MB of cache plus memory-mapped reads keep hot pages close
    // without raising the process's private memory much (mapped pages belong to the page cache).
    db.pragma('cache_size = -32768');
    db.pragma('mmap_size = 268435456');
    if (!readonly) migrate(db, migrations, version);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreError('corrupt', `The file at ${file} is not a readable Madoguchi database (${code}). Nothing was changed.`);
    }
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR') {
      throw new StoreError('unwritable', `The database at ${file} cannot be written (${code}).`);
    }
    throw error;
  }
}

function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      throw new StoreError('migration_failed', `Migration ${migration.name} failed: ${(error as Error).message}`);
    }
  }
}
