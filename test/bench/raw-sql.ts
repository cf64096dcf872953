// The raw baselines: the app's own SQL text sent straight to the driver, so an operation's ratio to
// its baseline is what the store adapter and the app's code add to the statements it cannot do
// without. One interface for both stores, so each section states its baselines once:
// - SQLite: better-sqlite3 on the app's own connection (SqliteStore.db), statements prepared once
//   from toSqlite(text) as the adapter does, their synchronous results handed back as promises.
// - PostgreSQL: a plain pg.Pool of the same size with the adapter's type parsers (int8 and numeric
//   as numbers), each text translated with toPostgres and sent as a named prepared statement, as
//   the adapter sends it.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import pg from 'pg';
import type { App } from '../../src-main/app';
import { auditKeyFiles, loadAuditKey } from '../../src-main/audit/audit-key';
import { SqliteStore } from '../../src-main/store/sqlite-store';
import { type PostgresText, toPostgres, toSqlite } from '../../src-main/store/sql-text';
import type { QueryOptions, SqlParams, StoreKind } from '../../src-main/store/store';
import { type AppStatements, unwatch } from './store-watch';

export interface RawQueries {
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams, options?: QueryOptions): Promise<T[]>;
  /** Resolves to the number of rows changed. */
  run(sql: string, params?: SqlParams): Promise<number>;
}

export interface RawSql extends RawQueries {
  readonly kind: StoreKind;
  /**
   * One transaction opened as the adapter opens it (BEGIN IMMEDIATE on SQLite, SERIALIZABLE on
   * PostgreSQL); no retry, as the baselines run one at a time.
   */
  transaction<T>(work: (tx: RawQueries) => Promise<T>): Promise<T>;
  /** Whether the app's store has sent this text too (store-watch.ts). */
  appSent(sql: string): boolean;
  /** The site's audit key (the app's audit.key file), for audit rows the app's chain accepts. */
  readonly auditKey: Buffer | null;
  close(): Promise<void>;
}

type Statement = Database.Statement<unknown[], unknown>;

function bindArgs(params: SqlParams | undefined): unknown[] {
  if (params === undefined) return [];
  return Array.isArray(params) ? [...(params as unknown[])] : [params];
}

function sqliteRaw(store: SqliteStore, watch: AppStatements, auditKey: Buffer | null): RawSql {
  const db = store.db;
  const prepare = watch.rawPrepare ?? ((source: string) => db.prepare(source));
  const statements = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = prepare(toSqlite(sql)) as Statement;
      statements.set(sql, s);
    }
    return s;
  };
  const queries: RawQueries = {
    get: <T>(sql: string, params?: SqlParams) => Promise.resolve(statement(sql).get(...bindArgs(params)) as T | undefined),
    all: <T>(sql: string, params?: SqlParams) => Promise.resolve(statement(sql).all(...bindArgs(params)) as T[]),
    run: (sql: string, params?: SqlParams) => Promise.resolve(statement(sql).run(...bindArgs(params)).changes),
  };
  return {
    kind: 'sqlite',
    ...queries,
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(queries);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    appSent: (sql) => watch.sent(sql),
    auditKey,
    // The connection is the app's: it closes with the app.
    close: () => Promise.resolve(),
  };
}

// As postgres-store.ts parses them: every integer the app keeps fits a double.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

interface NamedText extends PostgresText {
  name: string;
}

function postgresRaw(url: string, poolSize: number, watch: AppStatements, auditKey: Buffer | null): RawSql {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, application_name: 'madoguchi-bench-raw' });
  pool.on('connect', (client) => unwatch(client));
  pool.on('error', () => {});
  const texts = new Map<string, NamedText>();
  const config = (sql: string, params: SqlParams | undefined) => {
    let text = texts.get(sql);
    if (!text) {
      text = { ...toPostgres(sql), name: `raw${createHash('sha1').update(sql).digest('hex').slice(0, 16)}` };
      texts.set(sql, text);
    }
    let values: unknown[] = [];
    if (Array.isArray(params)) values = params as unknown[];
    else if (params !== undefined) {
      const named = params as Readonly<Record<string, unknown>>;
      values = (text.names ?? []).map((name) => {
        if (!(name in named)) throw new Error(`missing SQL parameter @${name}`);
        return named[name];
      });
    }
    return { name: text.name, text: text.text, values };
  };
  const over = (query: (c: { name?: string; text: string; values: unknown[] }) => Promise<pg.QueryResult>): RawQueries => ({
    get: async <T>(sql: string, params?: SqlParams) => (await query(config(sql, params))).rows[0] as T | undefined,
    // planPerCall as the app's store does it: an unnamed statement, planned with its values.
    all: async <T>(sql: string, params?: SqlParams, options?: QueryOptions) => {
      const named = config(sql, params);
      return (await query(options?.planPerCall === true ? { text: named.text, values: named.values } : named)).rows as T[];
    },
    run: async (sql: string, params?: SqlParams) => (await query(config(sql, params))).rowCount ?? 0,
  });
  return {
    kind: 'postgres',
    ...over((c) => pool.query(c)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        const result = await work(over((c) => client.query(c)));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    appSent: (sql) => watch.sent(sql),
    auditKey,
    close: () => pool.end(),
  };
}

/** The baseline runner for the app's store (the URL and pool size of the app's config on PostgreSQL). */
export async function openRawSql(app: App, watch: AppStatements): Promise<RawSql> {
  const loaded = await loadAuditKey(auditKeyFiles(app.dataDir, app.config.audit.keyFile));
  if (app.store instanceof SqliteStore) return sqliteRaw(app.store, watch, loaded.key);
  const url = app.config.store.url;
  if (url === null) throw new Error('a PostgreSQL store without a URL');
  return postgresRaw(url, app.config.store.poolSize, watch, loaded.key);
}
