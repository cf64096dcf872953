// A confirmation PIN is hashed for a noticeable time. If the clerk typing it is put under 事故登録 (or
// locked, or removed) on another terminal meanwhile, their session ends with it — and the action
// they confirmed must not happen after all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccident } from '../../../src-main/auth/lockout';
import { type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  vi.restoreAllMocks();
  await env?.close();
});

describe('a confirmed action whose confirmer is stopped while the PIN is checked', () => {
  it('is refused and changes nothing', async () => {
    env = await staffEnv({ security: { kdf: { N: 2 ** 14 } } });
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const target = await env.clerk([]);
    for (let i = 0; i < 5; i++) await env.login('k', target.staffId, 'wrong-pin');
    const { accounts } = env.app.services;
    expect((await accounts.get(target.accountId))?.locked).toBe(true);

    await env.ok('c', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    // Another terminal acts once the clerk's confirmation PIN has been read for hashing: the store
    // answers at once, so waiting for the call to reach the hashing otherwise depends on timing.
    const credential = accounts.credential.bind(accounts);
    let stopping: Promise<unknown> | undefined;
    vi.spyOn(accounts, 'credential').mockImplementation(async (id, purpose) => {
      const found = await credential(id, purpose);
      if (id === clerk.accountId && purpose === 'confirm_pin') {
        stopping ??= accounts.transition(clerk.accountId, (s) => setAccident(s, '退職'), { actor: 'staff:A0001', terminal: 'admin' });
      }
      return found;
    });
    const unlocking = env.call('c', 'admin.accounts.unlock', { accountId: target.accountId, confirmPin: 'kaku1357' });
    await vi.waitFor(() => expect(stopping).toBeDefined());
    await stopping;
    expect(await env.ok('c', 'session.current', {})).toBeNull();

    const answer = await unlocking;
    expect(answer.ok).toBe(false);
    expect((await accounts.get(target.accountId))?.locked).toBe(true);
    expect(await env.app.services.audit.list({ action: 'account.unlocked' })).toEqual([]);
  });
});
