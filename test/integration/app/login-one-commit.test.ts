// A successful login is one commit: the counter reset, the audit row, the last-login time, the new
// session and the end of the session it replaces (issue 12: the patron login ran 2.1× its raw
// baseline because it committed twice and read its account back). Counted on the store port, so
// the figure holds for SQLite and PostgreSQL alike.
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../../../src-main/store/store';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv } from '../library/library-env';
import { ADMIN, type StaffEnv, staffEnv } from '../staff/staff-env';

/** Counts the outermost transactions (the commits) the store sees while `run` runs. */
async function commitsDuring(store: Store, run: () => Promise<unknown>): Promise<number> {
  const original = store.transaction.bind(store);
  let depth = 0;
  let commits = 0;
  const spy = vi.spyOn(store, 'transaction').mockImplementation(async (work) => {
    if (depth === 0) commits += 1;
    depth += 1;
    try {
      return await original(work);
    } finally {
      depth -= 1;
    }
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return commits;
}

let library: LibraryEnv;
const libraryFile = envPerTest(openLibraryEnv, (opened) => {
  library = opened;
});

describe('a successful login commits once', () => {
  it('patron: login, session and the replaced session in one transaction', async () => {
    library = await libraryFile.open();
    const patron = await library.ready('k0');
    const login = () => library.ok('k1', 'library.login', { cardNumber: patron.cardNumber, password: patron.password });
    expect(await commitsDuring(library.app.store, login)).toBe(1);
    // Again on the same terminal: the first session is replaced, its end audited, still one commit.
    expect(await commitsDuring(library.app.store, login)).toBe(1);
    const ends = await library.app.services.audit.list({ action: 'session.end' });
    expect(ends.filter((row) => row.terminal === 'k1').map((row) => JSON.parse(row.detail ?? 'null'))).toEqual([{ reason: 'replaced' }]);
    expect((await library.app.services.sessions.info('k1'))?.loginId).toBe(patron.cardNumber);
  });

  it('staff: login and the one-session-per-account rule in one transaction', async () => {
    const env: StaffEnv = await staffEnv();
    try {
      // The admin is logged in on 'admin' by staffEnv; logging in at 'c2' ends that session.
      expect(await commitsDuring(env.app.store, () => env.login('c2', 'A0001', ADMIN.pin))).toBe(1);
      expect(await env.app.services.sessions.info('admin')).toBeNull();
      expect((await env.app.services.sessions.info('c2'))?.loginId).toBe('A0001');
    } finally {
      await env.close();
    }
  });

  it('a lock committed before the login records it refuses the session and rolls the login back', async () => {
    library = await libraryFile.open();
    const patron = await library.register('1985-08-08');
    const { accounts } = library.app.services;
    // Lock the account between the password check and the recording transaction: the check runs
    // first, the lock commits, then the transaction that would start the session sees it.
    const check = vi.spyOn(accounts, 'recordLogin');
    check.mockImplementationOnce(async (id, by, detail, andThen) => {
      await library.app.store.run('UPDATE accounts SET locked = 1, locked_at = ? WHERE id = ?', [library.clock.now(), id]);
      check.mockRestore();
      return accounts.recordLogin(id, by, detail, andThen);
    });
    const answer = await library.call('k1', 'library.login', { cardNumber: patron.cardNumber, password: patron.password });
    expect(answer.ok).toBe(false);
    expect(await library.app.services.sessions.info('k1')).toBeNull();
  });
});
