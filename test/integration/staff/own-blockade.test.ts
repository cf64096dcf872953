// 累積封鎖 is forgiven only by someone else: a clerk holding staff management must not clear the
// confirmation-PIN failures counted against their own account, as an administrator cannot either.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, errorOf, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

/** Moves the clock past the terminal throttle's wait (issue 13), which this test is not about. */
function waitOutThrottle(terminal: string): void {
  env.clock.advance(env.app.services.login.throttle.waitSeconds(terminal) * 1000);
}

describe('封鎖解除 of one’s own account', () => {
  it('is refused for a clerk with staff management, leaving the cumulative count as it was', async () => {
    env = await staffEnv();
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const target = await env.clerk([]);
    await env.ok('c', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    for (let i = 0; i < 5; i++) {
      const wrong = await env.call('c', 'admin.accounts.setAccident', { accountId: target.accountId, reason: '紛失', confirmPin: 'wrong' });
      expect(errorOf(wrong).code).toBe('confirm_failed');
    }
    expect((await env.app.services.accounts.get(clerk.accountId))?.confirmFailures).toBe(5);

    waitOutThrottle('c');
    const own = await env.call('c', 'admin.accounts.releaseBlockade', { accountId: clerk.accountId, confirmPin: 'kaku1357' });
    expect(errorOf(own).code).toBe('not_allowed');
    expect((await env.app.services.accounts.get(clerk.accountId))?.confirmFailures).toBe(5);
    // One more mistake still closes the clerk's confirmations.
    waitOutThrottle('c');
    const sixth = await env.call('c', 'admin.accounts.setAccident', { accountId: target.accountId, reason: '紛失', confirmPin: 'wrong' });
    expect(errorOf(sixth).code).toBe('blockaded');
    expect((await env.app.services.audit.list({ action: 'admin.blockade_release', target: `staff:${clerk.staffId}` }))[0]?.outcome).toBe('denied');

    // Someone else may release it.
    const released = await env.ok('admin', 'admin.accounts.releaseBlockade', { accountId: clerk.accountId, confirmPin: ADMIN.confirmPin });
    expect(released.confirmFailures).toBe(0);
  });
});
