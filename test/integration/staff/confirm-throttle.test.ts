// Issue 13: the 確認暗証番号 goes through the same per-terminal throttle as every login. Wrong PINs
// count there; past the free ones the terminal is answered 'throttled' before the PIN is even
// compared, so a refused attempt neither hashes nor counts toward 封鎖.
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

describe('the terminal throttle on the confirmation PIN', () => {
  it('answers throttled after five wrong PINs, without counting the refused one toward 封鎖', async () => {
    env = await staffEnv({ security: { confirmBlockThreshold: 10 } });
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const target = await env.clerk([]);
    await env.ok('c', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    const accident = (confirmPin: string) => env.call('c', 'admin.accounts.setAccident', { accountId: target.accountId, reason: '紛失', confirmPin });

    for (let i = 0; i < 5; i++) expect(errorOf(await accident('wrong')).code).toBe('confirm_failed');
    expect(errorOf(await accident('wrong'))).toEqual({ code: 'throttled', retryAfterSeconds: 2 });
    // Even the right PIN waits: the wait is the terminal's, whatever is typed.
    expect(errorOf(await accident('kaku1357'))).toEqual({ code: 'throttled', retryAfterSeconds: 2 });
    expect((await env.app.services.accounts.get(clerk.accountId))?.confirmFailures).toBe(5);
    const audited = await env.app.services.audit.list({ action: 'account.confirm_failed' });
    expect(audited).toHaveLength(5);

    env.clock.advance(2_000);
    expect((await accident('kaku1357')).ok).toBe(true);
    // The success did not forgive the terminal: the next mistake waits longer.
    expect(errorOf(await env.call('c', 'admin.accounts.clearAccident', { accountId: target.accountId, confirmPin: 'wrong' })).code).toBe('confirm_failed');
    expect(errorOf(await env.call('c', 'admin.accounts.clearAccident', { accountId: target.accountId, confirmPin: 'kaku1357' }))).toEqual({
      code: 'throttled',
      retryAfterSeconds: 4,
    });
    // Another counter is not slowed.
    expect((await env.call('admin', 'admin.accounts.search', { query: '' })).ok).toBe(true);
  });
});
