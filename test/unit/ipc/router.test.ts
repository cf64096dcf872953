import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sessions } from '../../../src-main/auth/sessions';
import { FakeClock } from '../../../src-main/clock';
import { DomainError } from '../../../src-main/domain-error';
import type { Handlers } from '../../../src-main/ipc/handler';
import { createRouter } from '../../../src-main/ipc/router';
import { createMemoryLogger } from '../../../src-main/log';
import { openSqlite, type SqliteStore } from '../../../src-main/store/sqlite-store';
import { type Store, StoreError } from '../../../src-main/store/store';

let store: SqliteStore;
beforeEach(async () => {
  store = openSqlite(':memory:');
  await store.run("INSERT INTO accounts (id, kind, login_id, display_name, created_at, updated_at) VALUES (1, 'citizen', 'abcd12345', 'x', 0, 0)");
});
afterEach(() => store.close());

// A router whose terminal.info handler is replaced, to see what the boundary does with each outcome.
function routerWith(terminalInfo: () => unknown) {
  const log = createMemoryLogger();
  const clock = new FakeClock();
  const sessions = new Sessions({ store, clock, idleMs: 60_000 });
  const handlers = new Proxy({} as Handlers, { get: () => terminalInfo });
  return { router: createRouter({ handlers, sessions, log, role: 'counter' }), log, sessions, clock };
}

const info = {
  systemName: { ja: 'x', en: 'x' }, mode: 'kiosk', defaultLocale: 'ja',
  idle: { seconds: 120, countdownSeconds: 20 }, identity: { enabled: false, providerName: 'xID' },
};

describe('router boundary', () => {
  it('turns an unexpected exception into internal, logging the stack only in main', async () => {
    const { router, log } = routerWith(() => {
      throw new TypeError('secret detail at /home/app/src-main/x.ts:10');
    });
    const result = await router.invoke('t1', 'terminal.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log.entries[0]).toMatchObject({ level: 'error', event: 'ipc.unexpected', error: { name: 'TypeError' } });
    expect(log.entries[0]?.error?.stack).toContain('TypeError');
  });

  it('passes a domain error on as its code and fields', async () => {
    const { router } = routerWith(() => {
      throw new DomainError('invalid_input', { email: 'mismatch' });
    });
    expect(await router.invoke('t1', 'terminal.info', {})).toEqual({ ok: false, error: { code: 'invalid_input', fields: { email: 'mismatch' } } });
  });

  it('strips fields the output schema does not declare (a hash can never leak)', async () => {
    const { router } = routerWith(() => ({ ...info, passwordHash: 'scrypt$…' }));
    const result = await router.invoke('t1', 'terminal.info', {});
    expect(result).toEqual({ ok: true, data: info });
  });

  it('answers internal when a handler returns the wrong shape', async () => {
    const { router, log } = routerWith(() => ({ nope: true }));
    expect(await router.invoke('t1', 'terminal.info', {})).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log.entries[0]?.event).toBe('ipc.output_mismatch');
  });

  it('answers session_expired when the idle rule has just ended the session, then unauthorized', async () => {
    const { router, sessions, clock } = routerWith(() => null);
    await sessions.start('t1', { accountId: 1, kind: 'citizen', loginId: 'abcd12345', displayName: 'x', role: null, permissions: [], requiredAction: null });
    clock.advance(60_001);
    expect(await router.invoke('t1', 'citizen.reservations', {})).toMatchObject({ ok: false, error: { code: 'session_expired' } });
    expect(await router.invoke('t1', 'citizen.reservations', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('holds every other channel while a required action is pending', async () => {
    const { router, sessions } = routerWith(() => info);
    await sessions.start('t1', { accountId: 1, kind: 'citizen', loginId: 'abcd12345', displayName: 'x', role: null, permissions: [], requiredAction: 'change_password' });
    expect(await router.invoke('t1', 'citizen.reservations', {})).toEqual({ ok: false, error: { code: 'action_required' } });
    expect((await router.invoke('t1', 'terminal.info', {})).ok).toBe(true);
  });

  it('answers store_unavailable when the database cannot be reached, logging one line without a stack', async () => {
    const { router, log } = routerWith(() => {
      throw new StoreError('unavailable', 'The database server at db.example cannot be reached (ECONNREFUSED).');
    });
    expect(await router.invoke('t1', 'terminal.info', {})).toEqual({ ok: false, error: { code: 'store_unavailable' } });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ level: 'error', event: 'ipc.store_unavailable', detail: { channel: 'terminal.info' } });
    expect(log.entries[0]?.error).toBeUndefined();
  });

  it('answers store_unavailable also when the session lookup itself cannot reach the database', async () => {
    // A store whose every read fails as an unreachable server would.
    const unreachable = { get: () => Promise.reject(new StoreError('unavailable', 'gone')) } as unknown as Store;
    const sessions = new Sessions({ store: unreachable, clock: new FakeClock(), idleMs: 60_000 });
    const handlers = new Proxy({} as Handlers, { get: () => () => info });
    const router = createRouter({ handlers, sessions, log: createMemoryLogger(), role: 'counter' });
    expect(await router.invoke('t1', 'terminal.info', {})).toEqual({ ok: false, error: { code: 'store_unavailable' } });
  });
});
