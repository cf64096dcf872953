// The router's order of refusals: unknown channel → the terminal's role → the caller's authority →
// the input's size → the input's schema → the handler. A stranger's huge input is refused before
// anything looks at it, and a public kiosk never answers a staff channel.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sessions } from '../../../src-main/auth/sessions';
import { FakeClock } from '../../../src-main/clock';
import type { Handlers } from '../../../src-main/ipc/handler';
import { createRouter, type TerminalRole } from '../../../src-main/ipc/router';
import { createMemoryLogger } from '../../../src-main/log';
import { openSqlite, type SqliteStore } from '../../../src-main/store/sqlite-store';
import { type Store, StoreError } from '../../../src-main/store/store';
import { type ChannelName, contract, isCounterOnly } from '../../../src-shared/contract';

let store: SqliteStore;
beforeEach(() => {
  store = openSqlite(':memory:');
});
afterEach(() => store.close());

const channels = Object.keys(contract) as ChannelName[];

/** A router whose every handler only records that it ran. */
function recordingRouter(role: TerminalRole, sessionsStore: Store = store) {
  const ran: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, channel: string) => () => {
      ran.push(channel);
      return null;
    },
  });
  const sessions = new Sessions({ store: sessionsStore, clock: new FakeClock(), idleMs: 60_000 });
  return { router: createRouter({ handlers, sessions, log: createMemoryLogger(), role }), ran, sessions };
}

function wide(keys: number): Record<string, number> {
  const o: Record<string, number> = {};
  for (let i = 0; i < keys; i++) o[`k${i}`] = i;
  return o;
}

/** The median of a few runs: one slow run on a shared machine says nothing about the router. */
async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    spent.push(performance.now() - started);
  }
  return spent.sort((a, b) => a - b)[Math.floor(times / 2)] ?? Infinity;
}

describe('terminal roles', () => {
  it('marks exactly the staff login and the staff, administrator and counter channels as counter-only', () => {
    const counterOnly = channels.filter((c) => isCounterOnly(contract[c]));
    expect(counterOnly).toContain('staff.login');
    // Cross-check by name: the flag and the auth levels, not the names, decide in the router.
    expect(counterOnly.sort()).toEqual(channels.filter((c) => /^(staff|admin|counter)\./.test(c)).sort());
  });

  it('refuses every counter-only channel on a kiosk without reading a session or running a handler', async () => {
    // Any session read would fail as an unreachable store, so an answer other than unauthorized
    // would show that the router looked.
    const unreachable = { get: () => Promise.reject(new StoreError('unavailable', 'not to be read')) } as unknown as Store;
    const { router, ran } = recordingRouter('kiosk', unreachable);
    for (const channel of channels.filter((c) => isCounterOnly(contract[c]))) {
      expect(await router.invoke('kiosk-1/window-1', channel, {}), channel).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(ran).toEqual([]);
  });

  it('lets a counter reach the staff login, and a kiosk its public channels', async () => {
    const counter = recordingRouter('counter');
    expect(await counter.router.invoke('c', 'staff.login', { staffId: 'A0001', pin: 'x' })).toEqual({ ok: false, error: { code: 'internal' } });
    expect(counter.ran).toEqual(['staff.login']);
    const kiosk = recordingRouter('kiosk');
    expect(await kiosk.router.invoke('k', 'staff.login', { staffId: 'A0001', pin: 'x' })).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect(await kiosk.router.invoke('k', 'session.touch', {})).toEqual({ ok: true, data: null });
    expect(kiosk.ran).toEqual(['session.touch']);
  });
});

describe('authority before input', () => {
  it('answers a stranger’s 100,000-key input to a protected channel with unauthorized, in under 5 ms', async () => {
    const { router, ran } = recordingRouter('counter');
    const huge = wide(100_000);
    for (const channel of ['citizen.reservations', 'admin.accounts.search', 'library.summary'] as const) {
      expect(await router.invoke('stranger', channel, huge)).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
    const ms = await medianMs(() => router.invoke('stranger', 'admin.staff.update', huge));
    console.info(`anonymous 100,000-key input to a protected channel: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(5);
    expect(ran).toEqual([]);
  });

  it('refuses an oversized input to a public channel as too_large, before its schema', async () => {
    const { router, ran } = recordingRouter('kiosk');
    const tooLarge = { ok: false, error: { code: 'invalid_input', fields: { '': 'too_large' } } };
    const huge = wide(100_000);
    expect(await router.invoke('k', 'library.login', huge)).toEqual(tooLarge);
    expect(await router.invoke('k', 'library.login', { cardNumber: 'x'.repeat(10_000_000), password: 'y' })).toEqual(tooLarge);
    expect(await router.invoke('k', 'city.reserve', { slotId: 1, name: new Array(5_000_000) })).toEqual(tooLarge);
    const ms = await medianMs(() => router.invoke('k', 'library.login', huge));
    // Zod's answer to the same input reports every unknown key; the cap lists them once.
    const zodStarted = performance.now();
    contract['library.login'].input.safeParse(huge);
    const zodMs = performance.now() - zodStarted;
    console.info(`anonymous 100,000-key input to a public channel: ${ms.toFixed(2)} ms (zod alone: ${zodMs.toFixed(0)} ms)`);
    expect(ms).toBeLessThan(zodMs);
    expect(ran).toEqual([]);
  });

  it('refuses channel names and terminal ids far longer than any real one', async () => {
    const { router } = recordingRouter('counter');
    expect(await router.invoke('k', `terminal.info${' '.repeat(1_000_000)}`, {})).toEqual({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.invoke('k'.repeat(1_000_000), 'terminal.info', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });

  it('makes no long-operation signal per call: callers with invented terminal ids leave nothing behind', async () => {
    const { router, sessions } = recordingRouter('kiosk');
    for (let i = 0; i < 1000; i++) await router.invoke(`t-${i}`, 'session.touch', {});
    expect(sessions.operationCount()).toBe(0);
  });
});
