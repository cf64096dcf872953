// A confirmation PIN is hashed for a noticeable time. If the clerk typing it is put under 事故登録 (or
// locked, or removed) on another terminal meanwhile, their session ends with it — and the action
// they confirmed must not happen after all.
import { afterEach, describe, expect, it } from 'vitest';
import { setAccident } from '../../../src-main/auth/lockout';
import { type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

describe('a confirmed action whose confirmer is stopped while the PIN is checked', () => {
  it('is refused and changes nothing', async () => {
    env = await staffEnv({ security: { kdf: { N: 2 ** 14 } } });
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const target = await env.clerk([]);
    for (let i = 0; i < 5; i++) await env.login('k', target.staffId, 'wrong-pin');
    expect(env.app.services.accounts.get(target.accountId)?.locked).toBe(true);

    await env.ok('c', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    const unlocking = env.call('c', 'admin.accounts.unlock', { accountId: target.accountId, confirmPin: 'kaku1357' });
    // Another terminal, while the clerk's PIN is being hashed.
    env.app.services.accounts.transition(clerk.accountId, (s) => setAccident(s, '退職'), { actor: 'staff:A0001', terminal: 'admin' });
    expect(await env.ok('c', 'session.current', {})).toBeNull();

    const answer = await unlocking;
    expect(answer.ok).toBe(false);
    expect(env.app.services.accounts.get(target.accountId)?.locked).toBe(true);
    expect(env.app.services.audit.list({ action: 'account.unlocked' })).toEqual([]);
  });
});
