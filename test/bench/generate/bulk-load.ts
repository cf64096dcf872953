// Fast, unsafe loading for the generator only: no fsync, an in-memory rollback journal, no foreign
// key checks, and the big tables' secondary indexes dropped during the load and rebuilt after (a
// sorted build is far faster than ten million random index inserts). Everything is restored before
// the database is handed to the app, so the app measures its own settings.
import type { SqliteDb } from '../../../src-main/store/sqlite-store';

interface SavedIndex {
  name: string;
  sql: string;
}

export async function bulkLoad(db: SqliteDb, tables: readonly string[], work: () => Promise<void> | void): Promise<void> {
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -131072');
  const placeholders = tables.map(() => '?').join(', ');
  // Autoindexes (UNIQUE constraints) have no SQL and stay: their rows are inserted in key order.
  const indexes = db
    .prepare<string[], SavedIndex>(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders})`)
    .all(...tables);
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  try {
    await work();
  } finally {
    for (const index of indexes) db.exec(index.sql);
    db.pragma('cache_size = -2000');
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
}

/** Runs `insert` for 0…count-1 in transactions of `chunk` rows. */
export function inChunks(db: SqliteDb, count: number, insert: (i: number) => void, chunk = 100_000): void {
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    db.transaction(() => {
      for (let i = start; i < end; i++) insert(i);
    })();
  }
}
