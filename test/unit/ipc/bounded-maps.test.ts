// Main's in-memory maps keyed by terminal stay bounded whatever ids callers invent: the oldest
// entry goes first, and an evicted long operation is stopped, not left polling.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_OPERATIONS, Sessions } from '../../../src-main/auth/sessions';
import { FakeClock } from '../../../src-main/clock';
import type { DeviceFlowClient } from '../../../src-main/identity/device-flow';
import type { XidAccounts } from '../../../src-main/identity/xid-accounts';
import { MAX_FLOWS, XidFlows } from '../../../src-main/identity/xid-flows';
import { createMemoryLogger } from '../../../src-main/log';
import { openSqlite, type SqliteStore } from '../../../src-main/store/sqlite-store';

let store: SqliteStore;
beforeEach(() => {
  store = openSqlite(':memory:');
});
afterEach(() => store.close());

describe('long operations', () => {
  it('holds at most MAX_OPERATIONS signals, aborting the oldest when a new terminal starts one', () => {
    const sessions = new Sessions({ store, clock: new FakeClock(), idleMs: 60_000 });
    const first = sessions.operationSignal('t-0');
    for (let i = 1; i < 10_000; i++) sessions.operationSignal(`t-${Math.random().toString(36).slice(2)}-${i}`);
    expect(sessions.operationCount()).toBe(MAX_OPERATIONS);
    expect(first.aborted).toBe(true);
    // A live terminal asking again keeps its signal.
    const mine = sessions.operationSignal('mine');
    expect(sessions.operationSignal('mine')).toBe(mine);
    sessions.abortOperations('mine');
    expect(mine.aborted).toBe(true);
    expect(sessions.operationCount()).toBe(MAX_OPERATIONS - 1);
  });
});

describe('device flows', () => {
  it('holds at most MAX_FLOWS flows however many terminals start one', async () => {
    const clock = new FakeClock();
    const client: DeviceFlowClient = {
      start: async () => ({
        deviceCode: 'd',
        userCode: 'ABCD-EFGH',
        verificationUri: 'https://id.example/device',
        verificationUriComplete: 'https://id.example/device?c=ABCD',
        expiresAt: clock.now() + 600_000,
        intervalSeconds: 5,
      }),
      awaitApproval: async () => ({ end: 'cancelled' }),
    };
    const flows = new XidFlows({ client, accounts: {} as XidAccounts, clock, log: createMemoryLogger() });
    for (let i = 0; i < MAX_FLOWS + 200; i++) {
      // Each terminal's own signal, as the identity handlers make one; none is ever aborted here.
      await flows.start(`t-${i}`, { kind: 'login' }, 'ja', new AbortController().signal);
    }
    expect(flows.sizes()).toEqual({ flows: MAX_FLOWS, held: 0 });
    expect(flows.holds('t-0').flow).toBe(false);
    expect(flows.holds(`t-${MAX_FLOWS + 199}`).flow).toBe(true);
  });
});
