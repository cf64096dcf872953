// The store port. Every repository talks to the database through this one async interface; two
// adapters implement it: SQLite (better-sqlite3, embedded, the default) and PostgreSQL (pg, for a
// site whose kiosks and counter PCs share one database).
//
// SQL is written once, in the subset both dialects read the same way (see docs/architecture.md,
// "Store"): `?` or `@name` parameters, RETURNING instead of last-insert ids, ON CONFLICT instead of
// INSERT OR …, quoted camelCase aliases, 0/1 integers for flags. Row locks are written as
// PostgreSQL spells them (`FOR UPDATE`, `FOR UPDATE SKIP LOCKED`); the SQLite adapter drops those
// clauses because its transactions already hold the database's single write lock.
//
// Transactions are implicit for the code inside them: store.transaction(fn) runs fn with the
// transaction in an AsyncLocalStorage context, so every store call fn makes — in whatever
// repository — joins it, and a nested transaction() simply joins the outer one. A transaction body
// must await only the store: hashing or network calls inside would hold the write lock. Work
// started from inside (a timer, setImmediate, a listener that does not await) inherits the context
// too and joins the transaction while it is open — start independent work outside it (the login
// race tests use an AsyncResource made outside, as another terminal's call would be).

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
}

export interface QueryOptions {
  /**
   * Plan with this call's values every time (PostgreSQL: an unnamed statement, never a cached
   * generic plan). For a query whose best plan depends on its values, such as a LIKE pattern that
   * matches nothing or half the table. SQLite plans when it prepares, so it ignores this.
   */
  planPerCall?: boolean;
}

export interface Queryable {
  all<T>(sql: string, params?: SqlParams, options?: QueryOptions): Promise<T[]>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  run(sql: string, params?: SqlParams): Promise<RunResult>;
}

export type StoreKind = 'sqlite' | 'postgres';

export interface Store extends Queryable {
  readonly kind: StoreKind;
  /** The schema version the store is at (the number of the last migration applied). */
  readonly schemaVersion: number;
  /**
   * Runs fn in one transaction (serializable on both stores), committing when it resolves and
   * rolling back when it throws. PostgreSQL may run fn again after a serialization failure, so fn
   * must have no effect outside the store before it resolves.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** True when the calling code runs inside a transaction of this store. */
  readonly inTransaction: boolean;
  close(): Promise<void>;
}

export type StoreErrorReason =
  | 'newer_version'
  | 'corrupt'
  | 'unwritable'
  | 'migration_failed'
  /** The database server cannot be reached (down, restarting, network gone). */
  | 'unavailable'
  /** The server refused the connection: wrong user or password, no such database, TLS required. */
  | 'rejected'
  | 'bad_url';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly reason: StoreErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** A second row where a unique key or unique index allows one (both dialects). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A CHECK constraint refused the row (both dialects). */
export function isCheckViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23514' || code === 'SQLITE_CONSTRAINT_CHECK';
}
