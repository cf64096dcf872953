// The raw baseline runner and the statement watch the bench builds its ratios on: on SQLite always,
// on PostgreSQL too when MADOGUCHI_TEST_POSTGRES_URL names a server.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_BY_ID, SESSION_BY_TERMINAL } from '../../bench/app-sql';
import { rawAudit, rawOutbox } from '../../bench/baseline-writes';
import { openRawSql, type RawSql } from '../../bench/raw-sql';
import { serializationFailures, watchApp } from '../../bench/store-watch';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '../../fixtures/postgres-db';
import { type TempApp, tempApp } from '../../fixtures/temp-app';

const stores = [{ kind: 'sqlite' as const }, ...(postgresTestUrl() ? [{ kind: 'postgres' as const }] : [])];

describe.each(stores)('raw baselines on $kind', ({ kind }) => {
  let t: TempApp | undefined;
  let database: TestDatabase | undefined;
  let raw: RawSql | undefined;

  afterEach(async () => {
    await raw?.close();
    await t?.close();
    await database?.drop();
    raw = t = database = undefined;
  });

  async function open(): Promise<{ t: TempApp; raw: RawSql }> {
    if (kind === 'postgres') database = await createTestDatabase();
    t = await tempApp({}, database ? { storeUrl: database.url } : {});
    raw = await openRawSql(t.app, watchApp(t.app));
    return { t, raw };
  }

  it('tells the texts the app sent from those it did not', async () => {
    const { t, raw } = await open();
    // Every router call reads the terminal's session; nothing in this app has read an account by id.
    await t.ok('kiosk-1', 'session.current', {});
    expect(raw.appSent(SESSION_BY_TERMINAL)).toBe(true);
    expect(raw.appSent(`${SESSION_BY_TERMINAL} `)).toBe(false);
    expect(raw.appSent(ACCOUNT_BY_ID)).toBe(false);
    // The runner's own statements are not counted as the app's.
    await raw.get(ACCOUNT_BY_ID, [1]);
    expect(raw.appSent(ACCOUNT_BY_ID)).toBe(false);
  });

  it('binds positional and named parameters and reads numbers as numbers', async () => {
    const { raw } = await open();
    expect(await raw.run('INSERT INTO rate_events (bucket, at) VALUES (?, ?)', ['b', 5])).toBe(1);
    expect(await raw.run('INSERT INTO rate_events (bucket, at) VALUES (@bucket, @at)', { bucket: 'b', at: 7 })).toBe(1);
    expect(await raw.get<{ n: number }>('SELECT count(*) AS n FROM rate_events WHERE bucket = ?', ['b'])).toEqual({ n: 2 });
    expect(await raw.all<{ at: number }>('SELECT at FROM rate_events WHERE bucket = @bucket ORDER BY at', { bucket: 'b' })).toEqual([{ at: 5 }, { at: 7 }]);
  });

  it('commits a transaction, and rolls it back when the work throws', async () => {
    const { raw } = await open();
    await raw.transaction((tx) => tx.run('INSERT INTO rate_events (bucket, at) VALUES (?, ?)', ['kept', 1]));
    await expect(
      raw.transaction(async (tx) => {
        await tx.run('INSERT INTO rate_events (bucket, at) VALUES (?, ?)', ['lost', 1]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await raw.all('SELECT bucket FROM rate_events ORDER BY bucket')).toEqual([{ bucket: 'kept' }]);
  });

  it('appends audit rows the app’s keyed chain accepts, beside the app’s own, and queues outbox rows', async () => {
    const { t, raw } = await open();
    expect(raw.auditKey).not.toBeNull();
    await t.app.services.audit.append({ actor: 'system', terminal: 't', action: 'app.before', outcome: 'ok' });
    await raw.transaction(async (tx) => {
      await rawAudit(tx, raw.auditKey, 'bench.one', null);
      await rawAudit(tx, raw.auditKey, 'bench.two', 'patron:1');
      await rawOutbox(tx, 'a@example.jp', null);
    });
    await t.app.services.audit.append({ actor: 'system', terminal: 't', action: 'app.after', outcome: 'ok' });
    expect(await t.app.services.audit.verify()).toMatchObject({ ok: true, rows: 4 });
    expect(await raw.get("SELECT to_address, status FROM outbox WHERE template = 'bench.baseline'")).toEqual({ to_address: 'a@example.jp', status: 'queued' });
  });
});

describe.skipIf(!postgresTestUrl())('serialization failures on PostgreSQL', () => {
  it('counts a 40001 answer to a client that is not the bench’s own', async () => {
    const database = await createTestDatabase();
    const a = new pg.Client({ connectionString: database.url });
    const b = new pg.Client({ connectionString: database.url });
    try {
      await a.connect();
      await b.connect();
      await a.query('CREATE TABLE probe (id INTEGER PRIMARY KEY, v INTEGER)');
      await a.query('INSERT INTO probe VALUES (1, 0)');
      const before = serializationFailures();
      await a.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      await a.query('SELECT v FROM probe WHERE id = 1');
      await b.query('UPDATE probe SET v = 1 WHERE id = 1');
      await expect(a.query('UPDATE probe SET v = 2 WHERE id = 1')).rejects.toMatchObject({ code: '40001' });
      await a.query('ROLLBACK');
      expect(serializationFailures() - before).toBe(1);
    } finally {
      await a.end();
      await b.end();
      await database.drop();
    }
  });
});
