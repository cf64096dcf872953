// What the app's store sent to the database, seen from the driver: the SQL texts (so a baseline
// can prove it runs statements the app really runs, not a stale copy) and, on PostgreSQL, the
// serialization failures and deadlocks that made the adapter run a transaction again.
// createApp does not expose PostgresOptions.onRetry, so failures are counted on pg's Client, where
// every query of every pool passes (the bench's own raw clients are left out).
import pg from 'pg';
import type { App } from '../../src-main/app';
import type { SqliteDb } from '../../src-main/store/sqlite-store';
import { SqliteStore } from '../../src-main/store/sqlite-store';
import { toPostgres, toSqlite } from '../../src-main/store/sql-text';

/** The error codes PostgresStore.transaction retries on (serialization failure, deadlock). */
const RETRIED_CODES = new Set(['40001', '40P01']);

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;
type Callback = (error: unknown, result: unknown) => void;

const pgTexts = new Set<string>();
const unwatched = new WeakSet<pg.Client>();
let pgFailures = 0;
/** Failures by the statement that met them (the first 100 characters of its text). */
const pgFailedAt = new Map<string, number>();
let pgHooked = false;

function noteFailure(error: unknown, text: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !RETRIED_CODES.has(code)) return;
  pgFailures++;
  const at = `${code} at ${typeof text === 'string' ? text.replace(/\s+/g, ' ').slice(0, 100) : '?'}`;
  pgFailedAt.set(at, (pgFailedAt.get(at) ?? 0) + 1);
}

function hookPg(): void {
  if (pgHooked) return;
  pgHooked = true;
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
    if (unwatched.has(this)) return original.apply(this, args);
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
    if (typeof text === 'string') pgTexts.add(text);
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      // pg-pool's query hands the client a callback.
      args[last] = ((error, result) => {
        if (error) noteFailure(error, text);
        (callback as Callback)(error, result);
      }) satisfies Callback;
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) result.then(undefined, (error: unknown) => noteFailure(error, text));
    return result;
  };
}

/** A pg client of the bench's own (the raw baselines): its statements are not the app's. */
export function unwatch(client: pg.Client): void {
  unwatched.add(client);
}

/** Serialization failures and deadlocks met by app transactions on PostgreSQL so far (each one retried, or failed after the last attempt). */
export function serializationFailures(): number {
  hookPg();
  return pgFailures;
}

/** The same failures by code and statement, for finding the contended rows. */
export function serializationFailuresByStatement(): ReadonlyMap<string, number> {
  hookPg();
  return new Map(pgFailedAt);
}

export interface AppStatements {
  /** True when the app has sent this SQL text (after the adapter's rewrite) since the watch began. */
  sent(sql: string): boolean;
  /** better-sqlite3's own prepare, for the baselines: statements they prepare are not the app's. */
  rawPrepare: ((source: string) => ReturnType<SqliteDb['prepare']>) | null;
}

/**
 * Starts watching the app's statements. Call it right after createApp: the adapters prepare each
 * text once, so a text first used before the watch began is not seen.
 */
export function watchApp(app: App): AppStatements {
  const store = app.store;
  if (store instanceof SqliteStore) {
    const db = store.db;
    const prepare = db.prepare.bind(db) as (source: string) => ReturnType<SqliteDb['prepare']>;
    const texts = new Set<string>();
    db.prepare = ((source: string) => {
      texts.add(source);
      return prepare(source);
    }) as SqliteDb['prepare'];
    return { sent: (sql) => texts.has(toSqlite(sql)), rawPrepare: prepare };
  }
  hookPg();
  return { sent: (sql) => pgTexts.has(toPostgres(sql).text), rawPrepare: null };
}
