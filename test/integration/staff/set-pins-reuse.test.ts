// set_pins after an administrator's reset: both PINs become the holder's own. Keeping the
// confirmation PIN the administrator typed would leave it known to someone else, and it guards
// every sensitive action of the account.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, errorOf, pinPair, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

describe('staff.setPins after a reset', () => {
  it('refuses the confirmation PIN the administrator chose, as it refuses the login PIN', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('admin', 'admin.staff.update', {
      accountId, nameKana: 'ﾊﾅｺ', nameKanji: null, permissions: ['staff_management'], pins: pinPair('new2pin5', 'new2conf6'), confirmPin: ADMIN.confirmPin,
    });
    expect((await env.ok('k', 'staff.login', { staffId, pin: 'new2pin5' })).requiredAction).toBe('set_pins');

    expect(errorOf(await env.call('k', 'staff.setPins', pinPair('mine7pin', 'new2conf6'))).fields).toEqual({ confirmPin: 'same_as_other' });
    expect(await env.app.services.staff.staff.pinsMustChange(accountId)).toBe(true);
    const after = await env.ok('k', 'staff.setPins', pinPair('mine7pin', 'mine7conf'));
    expect(after.requiredAction).toBeNull();
  });
});
