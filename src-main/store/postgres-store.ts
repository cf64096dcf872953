// The shared store of a site with several terminals: one PostgreSQL database, reached through a
// small pg pool per terminal. Write transactions take one site-wide lock first (the audit chain's
// head table), so they run one after another as on SQLite and code written for SQLite's single
// writer keeps its meaning when kiosks and counter PCs write at once. They are also SERIALIZABLE
// and run again after a serialization failure or deadlock, for the few single statements that
// write outside a transaction (session activity, a mail marked sent). Reads outside transactions
// run in parallel.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { type Migration, migrationsFor } from './migrations';
import { type PostgresText, toPostgres } from './sql-text';
import { type QueryOptions, type RunResult, type SqlParams, type Store, StoreError } from './store';

export interface PostgresOptions {
  url: string;
  /** Overrides a password in the URL (read from an environment variable or a file by the config). */
  password?: string;
  sslmode?: 'disable' | 'require' | 'verify-full';
  poolSize?: number;
  migrations?: readonly Migration[];
  /** Told about transactions that had to be retried (never the SQL parameters). */
  onRetry?: (attempt: number, code: string) => void;
}

interface TxContext {
  client: pg.PoolClient;
  done: boolean;
}

// BIGINT (every integer column: epoch ms, ids, counters) and NUMERIC (sum(), avg()) arrive as
// strings by default; every value the app keeps fits a double exactly (< 2^53).
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 12;

// Connection-level failures: the server is gone or restarting. The action fails with
// 'unavailable'; the pool drops the broken connection and the next call reconnects by itself.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message);
}

/** Server errors become StoreErrors with a sentence a technician can act on; others pass through. */
function translate(error: unknown, where: string): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (isUnavailable(error)) {
    return new StoreError('unavailable', `The PostgreSQL server at ${where} cannot be reached (${String(code ?? (error as Error).message)}).`);
  }
  if (code === '28P01' || code === '28000') {
    return new StoreError('rejected', `PostgreSQL at ${where} refused the login (${code}): check the user name and the password.`);
  }
  if (code === '3D000') {
    return new StoreError('rejected', `PostgreSQL at ${where} has no such database (${code}): create it or correct store.url.`);
  }
  return error;
}

/** host:port/database, never the user or the password: safe for logs and screens. */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly texts = new Map<string, PostgresText & { name: string }>();
  private readonly context = new AsyncLocalStorage<TxContext>();

  constructor(
    private readonly pool: pg.Pool,
    readonly schemaVersion: number,
    private readonly where: string,
    private readonly onRetry?: (attempt: number, code: string) => void,
  ) {}

  /** SQL texts translated so far: one per text the code writes, never per input (a test checks). */
  get cachedStatements(): number {
    return this.texts.size;
  }

  get inTransaction(): boolean {
    const ctx = this.context.getStore();
    return ctx !== undefined && !ctx.done;
  }

  async all<T>(sql: string, params?: SqlParams, options?: QueryOptions): Promise<T[]> {
    return (await this.query(sql, params, options?.planPerCall === true)).rows as T[];
  }

  async get<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async run(sql: string, params?: SqlParams): Promise<RunResult> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn();
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.pool.connect();
      } catch (error) {
        throw translate(error, this.where);
      }
      const ctx: TxContext = { client, done: false };
      let broken: Error | undefined;
      // A checked-out connection whose server goes away reports here as well as to the query in
      // flight; without a listener the report would end the process.
      const onError = (error: Error) => (broken = error);
      client.on('error', onError);
      try {
        // One writer at a time per site, as on SQLite: almost every write transaction appends to
        // the one audit chain, so they are serialized by its head row anyway. Taking the lock
        // first (LOCK TABLE takes no snapshot) makes each transaction wait for the previous one
        // and then read what it committed, instead of failing on a stale snapshot and retrying.
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE; LOCK TABLE audit_head IN SHARE ROW EXCLUSIVE MODE');
        const result = await this.context.run(ctx, fn);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (isUnavailable(error)) broken = error as Error;
        else await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
          this.onRetry?.(attempt, code);
          await backoff(attempt);
          continue;
        }
        throw translate(error, this.where);
      } finally {
        ctx.done = true;
        client.off('error', onError);
        // A connection that failed mid-transaction is destroyed, not returned to the pool.
        client.release(broken);
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async query(sql: string, params: SqlParams | undefined, planPerCall = false): Promise<pg.QueryResult> {
    const text = this.prepare(sql);
    const values = bindValues(text, params);
    const ctx = this.context.getStore();
    // After five runs a named statement may switch to a generic plan, made without the values.
    const config = planPerCall ? { text: text.text, values } : { name: text.name, text: text.text, values };
    try {
      return ctx && !ctx.done ? await ctx.client.query(config) : await this.pool.query(config);
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  private prepare(sql: string): PostgresText & { name: string } {
    let text = this.texts.get(sql);
    if (!text) {
      // A named statement is parsed once per connection and reused; the name follows the text.
      text = { ...toPostgres(sql), name: `m${createHash('sha1').update(sql).digest('hex').slice(0, 16)}` };
      this.texts.set(sql, text);
    }
    return text;
  }
}

function bindValues(text: PostgresText, params: SqlParams | undefined): unknown[] {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params as unknown[];
  const named = params as Readonly<Record<string, unknown>>;
  return (text.names ?? []).map((name) => {
    if (!(name in named)) throw new Error(`missing SQL parameter @${name}`);
    return named[name];
  });
}

function backoff(attempt: number): Promise<void> {
  const ms = Math.min(100, 2 ** attempt) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function poolConfig(options: PostgresOptions): pg.PoolConfig {
  const config: pg.PoolConfig = {
    connectionString: options.url,
    max: options.poolSize ?? 4,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 60_000,
    keepAlive: true,
    types,
    application_name: 'madoguchi',
  };
  if (options.password !== undefined) config.password = options.password;
  if (options.sslmode === 'require') config.ssl = { rejectUnauthorized: false };
  else if (options.sslmode === 'verify-full') config.ssl = { rejectUnauthorized: true };
  else if (options.sslmode === 'disable') config.ssl = false;
  return config;
}

// One number for every terminal of every version: whoever holds it migrates, the others wait.
const MIGRATION_LOCK = 0x6d61646f; // 'mado'

/**
 * Connects, checks the schema version and migrates (once per site: under an advisory lock, so two
 * terminals starting together never both apply a migration). A newer schema is refused untouched.
 */
export async function openPostgres(options: PostgresOptions): Promise<PostgresStore> {
  const where = describePostgresUrl(options.url);
  const migrations = options.migrations ?? migrationsFor.postgres;
  const pool = new pg.Pool(poolConfig(options));
  // An idle connection whose server went away reports here; without a listener it would end the
  // process. The next query meets the failure and answers 'unavailable'.
  pool.on('error', () => {});
  let client: pg.PoolClient | undefined;
  try {
    try {
      client = await pool.connect();
    } catch (error) {
      throw translate(error, where);
    }
    const version = await migrate(client, migrations, where);
    return new PostgresStore(pool, version, where, options.onRetry);
  } catch (error) {
    client?.release(true);
    client = undefined;
    await pool.end().catch(() => {});
    throw translate(error, where);
  } finally {
    client?.release();
  }
}

async function currentVersion(client: pg.PoolClient): Promise<number> {
  await client.query('CREATE TABLE IF NOT EXISTS madoguchi_schema (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), version INTEGER NOT NULL)');
  const row = (await client.query<{ version: number }>('SELECT version FROM madoguchi_schema WHERE singleton = 1')).rows[0];
  return row?.version ?? 0;
}

async function migrate(client: pg.PoolClient, migrations: readonly Migration[], where: string): Promise<number> {
  const latest = migrations.length ? (migrations[migrations.length - 1] as Migration).version : 0;
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const version = await currentVersion(client);
    if (version > latest) {
      throw new StoreError(
        'newer_version',
        `The database at ${where} was written by a newer Madoguchi (schema ${version}, this version knows ${latest}). ` +
          'Nothing was changed. Update this terminal to the version the other terminals run.',
      );
    }
    for (const migration of migrations) {
      if (migration.version <= version) continue;
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO madoguchi_schema (singleton, version) VALUES (1, $1)
           ON CONFLICT (singleton) DO UPDATE SET version = excluded.version`,
          [migration.version],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (isUnavailable(error)) throw error;
        throw new StoreError('migration_failed', `Migration ${migration.name} failed: ${(error as Error).message}`);
      }
    }
    return Math.max(version, latest);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
  }
}
