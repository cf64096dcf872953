// Every lock records where it came from: the console's account detail shows when and at which
// machine an account was put in 利用中止 or 封鎖, read from the audit row that set it.
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

describe('lock origin', () => {
  it('shows the machine (without its window) and the time of the failure that locked the account', async () => {
    env = await staffEnv();
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    expect((await env.ok('admin', 'admin.accounts.get', { accountId: clerk.accountId })).lockedBy).toBeNull();
    // Four machines fail once each; the fifth failure, which locks, comes from counter-2's window 3.
    for (let i = 0; i < 4; i++) await env.login(`other-${i}/window-1`, clerk.staffId, 'wrong-pin');
    env.clock.advance(60_000);
    const lockedAt = env.clock.now();
    expect(errorOf(await env.login('counter-2/window-3', clerk.staffId, 'wrong-pin')).code).toBe('login_failed');

    const detail = await env.ok('admin', 'admin.accounts.get', { accountId: clerk.accountId });
    expect(detail).toMatchObject({ locked: true, lockedBy: { at: lockedAt, terminal: 'counter-2' }, blockadedBy: null });
    const [row] = await env.app.services.audit.list({ action: 'account.locked', target: `staff:${clerk.staffId}` });
    expect(row?.terminal).toBe('counter-2/window-3');

    await env.ok('admin', 'admin.accounts.unlock', { accountId: clerk.accountId, confirmPin: 'kakunin1357' });
    expect((await env.ok('admin', 'admin.accounts.get', { accountId: clerk.accountId })).lockedBy).toBeNull();
  });

  it('shows where the confirmation-PIN failure that blockaded the account was typed', async () => {
    env = await staffEnv();
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const target = await env.clerk([]);
    // One wrong confirmation PIN per machine (a login elsewhere ends the previous session).
    for (let i = 0; i < 6; i++) {
      const terminal = i < 5 ? `desk-${i}/window-1` : 'desk-9/window-2';
      await env.ok(terminal, 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
      await env.call(terminal, 'admin.accounts.setAccident', { accountId: target.accountId, reason: '紛失', confirmPin: 'wrong' });
    }
    const detail = await env.ok('admin', 'admin.accounts.get', { accountId: clerk.accountId });
    expect(detail).toMatchObject({ blockaded: true, blockadedBy: { terminal: 'desk-9' }, lockedBy: null });
  });
});
