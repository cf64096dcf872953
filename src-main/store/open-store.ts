// Chooses the store adapter from `store.url`: a file path or `sqlite:` URL opens the embedded
// SQLite file, `postgres://` (or `postgresql://`) a site's shared PostgreSQL server.
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgres, type PostgresOptions } from './postgres-store';
import { openSqlite } from './sqlite-store';
import { type Store, StoreError } from './store';

export const DATABASE_FILE = 'madoguchi.sqlite';

export interface StoreTarget {
  /** The data folder: where a relative SQLite path, and the default file, live. */
  dataDir: string;
  /** null: the data folder's madoguchi.sqlite. */
  url: string | null;
  postgres?: Omit<PostgresOptions, 'url'>;
}

export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function locateStore({ dataDir, url }: Pick<StoreTarget, 'dataDir' | 'url'>): StoreLocation {
  if (url === null || url === '') return { kind: 'sqlite', file: join(dataDir, DATABASE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (/^sqlite:/i.test(url)) {
    const rest = url.slice('sqlite:'.length);
    const file = rest.startsWith('//') ? fileURLToPath(`file:${rest}`) : rest;
    if (!file) throw new StoreError('bad_url', 'store.url "sqlite:" needs a file path, e.g. sqlite:madoguchi.sqlite');
    return { kind: 'sqlite', file: isAbsolute(file) ? file : join(dataDir, file) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new StoreError('bad_url', `store.url must be a file path, a sqlite: URL or a postgres:// URL (got a ${url.split(':')[0]}: URL)`);
  }
  return { kind: 'sqlite', file: isAbsolute(url) ? url : join(dataDir, url) };
}

export async function openStore(target: StoreTarget): Promise<Store> {
  const location = locateStore(target);
  if (location.kind === 'sqlite') return openSqlite(location.file);
  return openPostgres({ ...target.postgres, url: location.url });
}
