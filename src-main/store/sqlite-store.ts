// The embedded store: one SQLite file through better-sqlite3. Durability over speed where they
// conflict: WAL with synchronous=FULL, so a power cut at a kiosk never loses a committed
// reservation; secure_delete, so an erased one-time code is overwritten in the file, not just
// unlinked from the b-tree.
//
// better-sqlite3 is synchronous, and one connection serves the whole process. Statements run at
// once and hand back resolved promises; the only waiting is for a transaction: while one is open
// on the connection, calls from outside it queue until it ends (they would otherwise run inside
// it), and calls from inside it (found through AsyncLocalStorage) run straight away.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Migration, migrationsFor } from './migrations';
import { toSqlite } from './sql-text';
import { type RunResult, type SqlParams, type Store, StoreError } from './store';

export type SqliteDb = Database.Database;
type Statement = Database.Statement<unknown[], unknown>;

export interface SqliteOptions {
  readonly?: boolean;
  migrations?: readonly Migration[];
}

interface TxContext {
  done: boolean;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private readonly context = new AsyncLocalStorage<TxContext>();
  private open: TxContext | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    /** The raw connection, for the SQLite-only tools (backup, restore, bench baselines). */
    readonly db: SqliteDb,
    readonly schemaVersion: number,
  ) {}

  /** SQL texts prepared so far: one per text the code writes, never per input (a test checks). */
  get cachedStatements(): number {
    return this.statements.size;
  }

  get inTransaction(): boolean {
    const ctx = this.context.getStore();
    return ctx !== undefined && ctx === this.open;
  }

  all<T>(sql: string, params?: SqlParams): Promise<T[]> {
    return this.exec(sql, params, (s, p) => s.all(...p) as T[]);
  }

  get<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return this.exec(sql, params, (s, p) => s.get(...p) as T | undefined);
  }

  run(sql: string, params?: SqlParams): Promise<RunResult> {
    return this.exec(sql, params, (s, p) => ({ changes: s.run(...p).changes }));
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn();
    while (this.open) await this.turn();
    const ctx: TxContext = { done: false };
    this.open = ctx;
    try {
      // IMMEDIATE takes the write lock up front: a read-then-write body never meets SQLITE_BUSY
      // half way through (another process, such as the CLI, waits at BEGIN instead).
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      this.finish(ctx);
      throw error;
    }
    try {
      const result = await this.context.run(ctx, fn);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.finish(ctx);
    }
  }

  async close(): Promise<void> {
    while (this.open) await this.turn();
    if (this.db.open) this.db.close();
  }

  private exec<R>(sql: string, params: SqlParams | undefined, work: (s: Statement, p: unknown[]) => R): Promise<R> {
    if (this.open && !this.inTransaction) return this.turn().then(() => this.exec(sql, params, work));
    try {
      return Promise.resolve(work(this.prepare(sql), params === undefined ? [] : Array.isArray(params) ? params : [params]));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(toSqlite(sql));
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Resolves when the open transaction ends. */
  private turn(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private finish(ctx: TxContext): void {
    ctx.done = true;
    if (this.open === ctx) this.open = null;
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }
}

/** Opens (creating if needed) and migrates the database file; refuses a newer or foreign file untouched. */
export function openSqlite(file: string, { readonly = false, migrations = migrationsFor.sqlite }: SqliteOptions = {}): SqliteStore {
  let db: SqliteDb;
  try {
    if (!readonly) mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new StoreError('unwritable', `Cannot open the database at ${file}: ${(error as Error).message}`);
  }
  try {
    // The first read tells a non-database file apart before anything is written to it.
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.length ? (migrations[migrations.length - 1] as Migration).version : 0;
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
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A city's data set is a few GB; SQLite's default 2 MB page cache made a 1000-row history page
    // re-read the disk every time. 32 MB of cache plus memory-mapped reads keep hot pages close
    // without raising the process's private memory much (mapped pages belong to the page cache).
    db.pragma('cache_size = -32768');
    db.pragma('mmap_size = 268435456');
    if (!readonly) migrate(db, migrations, version);
    return new SqliteStore(db, readonly ? version : Math.max(version, latest));
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

function migrate(db: SqliteDb, migrations: readonly Migration[], from: number): void {
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
