// The PostgreSQL adapter against a real server (MADOGUCHI_TEST_POSTGRES_URL; .ci/run starts one).
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsFor } from '../../../src-main/store/migrations';
import { openPostgres, type PostgresStore } from '../../../src-main/store/postgres-store';
import { StoreError } from '../../../src-main/store/store';
import { createTestDatabase, postgresTestUrl } from '../../fixtures/postgres-db';

const serverUrl = postgresTestUrl();

describe.runIf(serverUrl)('PostgreSQL store', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function fresh(): Promise<{ url: string; store: PostgresStore }> {
    const db = await createTestDatabase();
    const store = await openPostgres({ url: db.url });
    cleanups.push(db.drop, () => store.close());
    return { url: db.url, store };
  }

  it('prepares a named statement per text, except for a query planned per call (catalogue search)', async () => {
    const { store } = await fresh();
    const prepared = (text: string) =>
      store.get<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = ?', [text]);
    // One connection for the whole check: prepared statements belong to a connection.
    await store.transaction(async () => {
      await store.all("SELECT id FROM catalogue_items WHERE lower(title) LIKE lower(?) ESCAPE '\\' ORDER BY id DESC LIMIT 50", ['%猫%']);
      await store.all("SELECT id FROM catalogue_items WHERE lower(author) LIKE lower(?) ESCAPE '\\' ORDER BY id DESC LIMIT 50", ['%猫%'], { planPerCall: true });
      expect((await prepared("SELECT id FROM catalogue_items WHERE lower(title) LIKE lower($1) ESCAPE '\\' ORDER BY id DESC LIMIT 50"))?.n).toBe(1);
      expect((await prepared("SELECT id FROM catalogue_items WHERE lower(author) LIKE lower($1) ESCAPE '\\' ORDER BY id DESC LIMIT 50"))?.n).toBe(0);
    });
  });

  it('migrates an empty database to the latest schema, once, and reopens without migrating again', async () => {
    const { url, store } = await fresh();
    expect(store.schemaVersion).toBe(migrationsFor.postgres.length);
    expect(migrationsFor.postgres.length).toBe(migrationsFor.sqlite.length);
    const tables = await store.all<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['accounts', 'audit_log', 'outbox', 'reservations', 'patrons', 'staff_profiles']));
    const again = await openPostgres({ url });
    cleanups.push(() => again.close());
    expect(again.schemaVersion).toBe(store.schemaVersion);
  });

  it('two terminals starting at once on an empty database migrate it exactly once', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const [a, b] = await Promise.all([openPostgres({ url: db.url }), openPostgres({ url: db.url })]);
    cleanups.push(() => a.close(), () => b.close());
    expect(a.schemaVersion).toBe(b.schemaVersion);
    const { n } = (await a.get<{ n: number }>('SELECT count(*) AS n FROM madoguchi_schema')) ?? { n: 0 };
    expect(n).toBe(1);
  });

  it('refuses a schema newer than it knows, changing nothing', async () => {
    const { url, store } = await fresh();
    await store.run('UPDATE madoguchi_schema SET version = version + 1');
    const error = await openPostgres({ url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).reason).toBe('newer_version');
    expect((error as StoreError).message).toMatch(/newer Madoguchi/);
    const { version } = (await store.get<{ version: number }>('SELECT version FROM madoguchi_schema')) ?? { version: 0 };
    expect(version).toBe(migrationsFor.postgres.length + 1);
  });

  it('names the problem for a wrong password, a missing database and an unreachable server, without the password', async () => {
    const { url } = await fresh();
    const wrongPassword = url.replace(/:[^:@/]+@/, ':not-the-password@');
    const e1 = (await openPostgres({ url: wrongPassword }).catch((e: unknown) => e)) as StoreError;
    expect(e1.reason).toBe('rejected');
    expect(e1.message).not.toContain('not-the-password');
    const e2 = (await openPostgres({ url: url.replace(/\/[^/]+$/, '/no_such_database_here') }).catch((e: unknown) => e)) as StoreError;
    expect(e2.reason).toBe('rejected');
    expect(e2.message).toMatch(/no such database/);
    const e3 = (await openPostgres({ url: 'postgres://madoguchi:secret-pw@127.0.0.1:1/x' }).catch((e: unknown) => e)) as StoreError;
    expect(e3.reason).toBe('unavailable');
    expect(e3.message).not.toContain('secret-pw');
  });

  it('binds ? and @name parameters and returns integers as numbers', async () => {
    const { store } = await fresh();
    const row = await store.get<{ id: number }>(
      "INSERT INTO accounts (kind, login_id, display_name, created_at, updated_at) VALUES ('citizen', ?, ?, ?, ?) RETURNING id",
      ['k1', '山田', 1_700_000_000_000, 1_700_000_000_000],
    );
    expect(typeof row?.id).toBe('number');
    const named = await store.get<{ login_id: string; created_at: number; n: number }>(
      'SELECT login_id, created_at, (SELECT count(*) FROM accounts WHERE login_id = @login) AS n FROM accounts WHERE login_id = @login',
      { login: 'k1' },
    );
    expect(named).toEqual({ login_id: 'k1', created_at: 1_700_000_000_000, n: 1 });
  });

  it('rolls a throwing transaction back, and a nested transaction joins the outer one', async () => {
    const { store } = await fresh();
    await expect(
      store.transaction(async () => {
        await store.run("INSERT INTO rate_events (bucket, at) VALUES ('a', 1)");
        await store.transaction(async () => store.run("INSERT INTO rate_events (bucket, at) VALUES ('b', 2)"));
        expect(store.inTransaction).toBe(true);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.all('SELECT * FROM rate_events')).toEqual([]);
    expect(store.inTransaction).toBe(false);
  });

  it('keeps read-then-write transactions correct under concurrency: one writer at a time, no retries', async () => {
    const db = await createTestDatabase();
    let retries = 0;
    const store = await openPostgres({ url: db.url, onRetry: () => retries++ });
    cleanups.push(db.drop, () => store.close());
    await store.run('UPDATE audit_head SET last_id = 0');
    // No FOR UPDATE: every transaction reads, then writes. The site-wide writer lock taken before
    // the snapshot makes each one wait for the previous and read what it committed.
    await Promise.all(
      Array.from({ length: 40 }, () =>
        store.transaction(async () => {
          const head = await store.get<{ last_id: number }>('SELECT last_id FROM audit_head WHERE singleton = 1');
          await store.run('UPDATE audit_head SET last_id = ? WHERE singleton = 1', [(head?.last_id ?? 0) + 1]);
        }),
      ),
    );
    const head = await store.get<{ last_id: number }>('SELECT last_id FROM audit_head');
    expect(head?.last_id).toBe(40);
    expect(retries).toBe(0);
  });
});
