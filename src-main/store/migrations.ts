// Numbered .sql files per dialect, bundled at build time. Both dialects carry the same numbers:
// migration n of SQLite and migration n of PostgreSQL leave the same tables, so a site can move
// between stores (`madoguchi-admin store copy`). Each migration runs in its own transaction.
import type { StoreKind } from './store';

const sqliteFiles = import.meta.glob<string>('./migrations/sqlite/*.sql', { query: '?raw', import: 'default', eager: true });
const postgresFiles = import.meta.glob<string>('./migrations/postgres/*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

function numbered(files: Record<string, string>): readonly Migration[] {
  const list = Object.entries(files)
    .map(([path, sql]) => {
      const name = path.replace(/^.*\//, '');
      const match = /^(\d+)_.+\.sql$/.exec(name);
      if (!match) throw new Error(`migration file name must start with a number: ${name}`);
      return { version: Number(match[1]), name, sql };
    })
    .sort((a, b) => a.version - b.version);
  // Numbers must run 1, 2, 3 … with no gap or duplicate, or the recorded version would lie.
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1…n without gaps: ${m.name}`);
  });
  return list;
}

export const migrationsFor: Record<StoreKind, readonly Migration[]> = {
  sqlite: numbered(sqliteFiles),
  postgres: numbered(postgresFiles),
};

/** Kept for code that only knows SQLite (backup, restore). */
export const migrations = migrationsFor.sqlite;
export const latestVersion = migrations.length;
