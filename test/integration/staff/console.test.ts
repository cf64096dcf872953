// The administrator console of seed 003, driven through the router as the console screens drive it.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, errorOf, pinPair, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

/** Moves the clock past the terminal throttle's wait (issue 13), which these tests are not about. */
function waitOutThrottle(terminal: string): void {
  env.clock.advance(env.app.services.login.throttle.waitSeconds(terminal) * 1000);
}

async function rowOf(staffId: string) {
  const page = await env.ok('admin', 'admin.accounts.search', { kind: 'staff', query: staffId });
  const row = page.rows.find((r) => r.loginId === staffId);
  if (!row) throw new Error(`${staffId} not listed`);
  return row;
}

describe('利用中止 (5 consecutive wrong logins) and 利用中止解除', () => {
  it('locks after five failures in a row, refuses the right PIN, and logs in again once unlocked', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    for (let i = 0; i < 4; i++) expect(errorOf(await env.login('k1', staffId, 'wrong-pin')).code).toBe('login_failed');
    // A success resets the consecutive count …
    expect((await env.login('k1', staffId, 'hana2468')).ok).toBe(true);
    for (let i = 0; i < 4; i++) {
      waitOutThrottle('k1');
      await env.login('k1', staffId, 'wrong-pin');
    }
    expect((await rowOf(staffId)).locked).toBe(false);
    waitOutThrottle('k1');
    await env.login('k1', staffId, 'wrong-pin');
    // … so only the fifth in a row locks, and then the right PIN gets the same answer as a wrong one.
    expect((await rowOf(staffId)).locked).toBe(true);
    waitOutThrottle('k1');
    expect(errorOf(await env.login('k1', staffId, 'hana2468')).code).toBe('login_failed');

    expect(errorOf(await env.call('admin', 'admin.accounts.unlock', { accountId, confirmPin: 'not-mine' })).code).toBe('confirm_failed');
    expect((await rowOf(staffId)).locked).toBe(true);
    // The refused action still counts the wrong PIN against the administrator.
    expect((await env.app.services.accounts.get(1))?.confirmFailures).toBe(1);
    const detail = await env.ok('admin', 'admin.accounts.unlock', { accountId, confirmPin: ADMIN.confirmPin });
    expect(detail.locked).toBe(false);
    expect(detail.consecutiveFailures).toBe(0);
    expect((await rowOf(staffId)).locked).toBe(false);
    waitOutThrottle('k1');
    expect((await env.login('k1', staffId, 'hana2468')).ok).toBe(true);

    const audit = (await env.app.services.audit.list({ target: `staff:${staffId}` })).map((r) => `${r.action}:${r.outcome}`);
    expect(audit).toContain('account.locked:ok');
    expect(audit).toContain('account.unlocked:ok');
    expect((await env.app.services.audit.verify()).ok).toBe(true);
  });

  it('answers conflict for an account that is not locked, without spending a PIN attempt', async () => {
    env = await staffEnv();
    const { accountId } = await env.clerk([]);
    expect(errorOf(await env.call('admin', 'admin.accounts.unlock', { accountId, confirmPin: 'wrong' })).code).toBe('conflict');
    expect((await env.app.services.accounts.get(1))?.confirmFailures).toBe(0);
  });
});

describe('確認暗証番号 failures are cumulative → 封鎖', () => {
  it('blockades at the sixth failure in total, even with successes in between, until released', async () => {
    env = await staffEnv();
    const clerk = await env.clerk(['staff_management'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const target = await env.clerk([]);
    await env.ok('c', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    const accident = (confirmPin: string) => {
      waitOutThrottle('c');
      return env.call('c', 'admin.accounts.setAccident', { accountId: target.accountId, reason: '紛失', confirmPin });
    };

    for (let i = 0; i < 5; i++) expect(errorOf(await accident('wrong')).code).toBe('confirm_failed');
    // A right PIN works, but does not forgive the five mistakes (累積封鎖).
    expect((await accident('kaku1357')).ok).toBe(true);
    waitOutThrottle('c');
    await env.ok('c', 'admin.accounts.clearAccident', { accountId: target.accountId, confirmPin: 'kaku1357' });
    expect((await env.app.services.accounts.get(clerk.accountId))?.confirmFailures).toBe(5);
    expect(errorOf(await accident('wrong')).code).toBe('blockaded');
    // Closed now, whatever is typed; the session itself goes on.
    expect(errorOf(await accident('kaku1357')).code).toBe('blockaded');
    expect((await env.call('c', 'admin.accounts.search', { query: '' })).ok).toBe(true);
    expect((await rowOf(clerk.staffId)).blockaded).toBe(true);

    const released = await env.ok('admin', 'admin.accounts.releaseBlockade', { accountId: clerk.accountId, confirmPin: ADMIN.confirmPin });
    expect(released.blockaded).toBe(false);
    expect(released.confirmFailures).toBe(0);
    expect((await accident('kaku1357')).ok).toBe(true);
  });

  it('follows security.confirmBlockThreshold', async () => {
    env = await staffEnv({ security: { confirmBlockThreshold: 2 } });
    const { accountId } = await env.clerk([]);
    await env.ok('admin', 'admin.accounts.setAccident', { accountId, reason: 'x', confirmPin: ADMIN.confirmPin });
    expect(errorOf(await env.call('admin', 'admin.accounts.clearAccident', { accountId, confirmPin: 'no' })).code).toBe('confirm_failed');
    expect(errorOf(await env.call('admin', 'admin.accounts.clearAccident', { accountId, confirmPin: 'no' })).code).toBe('blockaded');
  });

  it('never lets the app clear an administrator’s own 封鎖 or 利用中止', async () => {
    env = await staffEnv();
    const second = await env.clerk([], { pin: 'adm2pin86', confirmPin: 'adm2conf97' }, 'admin');
    for (let i = 0; i < 6; i++) {
      waitOutThrottle('admin');
      await env.call('admin', 'admin.accounts.setAccident', { accountId: second.accountId, reason: 'x', confirmPin: 'x' });
    }
    const a0001 = await env.app.services.accounts.findByLogin('staff', 'A0001');
    expect(a0001?.blockaded).toBe(true);
    await env.ok('a2', 'staff.login', { staffId: second.staffId, pin: 'adm2pin86' });
    const detail = await env.ok('a2', 'admin.accounts.get', { accountId: a0001?.id ?? 0 });
    expect(detail.clearableInApp).toBe(false);
    expect(errorOf(await env.call('a2', 'admin.accounts.releaseBlockade', { accountId: a0001?.id ?? 0, confirmPin: 'adm2conf97' })).code).toBe('not_allowed');
    for (let i = 0; i < 5; i++) await env.login('x', 'A0001', 'wrong');
    expect(errorOf(await env.call('a2', 'admin.accounts.unlock', { accountId: a0001?.id ?? 0, confirmPin: 'adm2conf97' })).code).toBe('not_allowed');
    expect((await env.app.services.accounts.get(second.accountId))?.confirmFailures).toBe(0);
  });
});

describe('事故登録', () => {
  it('refuses a 21-character reason, accepts 20, ends the sessions and sends the holder to the counter', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });

    const tooLong = await env.call('admin', 'admin.accounts.setAccident', { accountId, reason: 'あ'.repeat(21), confirmPin: ADMIN.confirmPin });
    expect(errorOf(tooLong)).toEqual({ code: 'invalid_input', fields: { reason: 'too_long' } });
    expect(errorOf(await env.call('admin', 'admin.accounts.setAccident', { accountId, reason: '  ', confirmPin: ADMIN.confirmPin })).fields?.reason).toBe('required');

    const detail = await env.ok('admin', 'admin.accounts.setAccident', { accountId, reason: 'カード紛失の届出あり（窓口にて受付済み）'.slice(0, 20), confirmPin: ADMIN.confirmPin });
    expect(detail.accident).toBe(true);
    expect([...(detail.accidentReason ?? '')].length).toBe(20);
    expect(await env.ok('k', 'session.current', {})).toBeNull();
    expect(errorOf(await env.login('k', staffId, 'hana2468')).code).toBe('account_accident');
    // A wrong PIN learns nothing about the accident.
    expect(errorOf(await env.login('k', staffId, 'wrong')).code).toBe('login_failed');

    await env.ok('admin', 'admin.accounts.clearAccident', { accountId, confirmPin: ADMIN.confirmPin });
    expect((await env.login('k', staffId, 'hana2468')).ok).toBe(true);
  });

  it('protects the last administrator and refuses an administrator acting on their own account', async () => {
    env = await staffEnv();
    const a0001 = await env.app.services.accounts.findByLogin('staff', 'A0001');
    const id = a0001?.id ?? 0;
    expect(errorOf(await env.call('admin', 'admin.accounts.setAccident', { accountId: id, reason: 'x', confirmPin: ADMIN.confirmPin })).code).toBe('not_allowed');
    expect(errorOf(await env.call('admin', 'admin.staff.remove', { accountId: id, confirmPin: ADMIN.confirmPin })).code).toBe('not_allowed');

    const second = await env.clerk([], { pin: 'adm2pin86', confirmPin: 'adm2conf97' }, 'admin');
    await env.ok('a2', 'staff.login', { staffId: second.staffId, pin: 'adm2pin86' });
    // Two administrators: one may stop the other, but then the remaining one is the last.
    await env.ok('a2', 'admin.accounts.setAccident', { accountId: id, reason: '退職', confirmPin: 'adm2conf97' });
    const third = await env.call('a2', 'admin.staff.remove', { accountId: second.accountId, confirmPin: 'adm2conf97' });
    expect(errorOf(third).code).toBe('not_allowed');
    expect(await env.app.services.staff.profiles.usableAdminCount()).toBe(1);
    const denied = await env.app.services.audit.list({ action: 'admin.staff.remove' });
    expect(denied.every((r) => r.outcome === 'denied')).toBe(true);
  });
});

describe('変更 (PIN reset) and 登録抹消', () => {
  it('checks both new PINs, then the user logs in with the new PIN and must choose their own', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const update = (pins: ReturnType<typeof pinPair>) =>
      env.call('admin', 'admin.staff.update', { accountId, nameKana: 'ﾊﾅｺ', nameKanji: '花子', permissions: ['patron_lookup'], pins, confirmPin: ADMIN.confirmPin });

    expect(errorOf(await update({ ...pinPair('new2pin5', 'new2conf6'), pinAgain: 'new2pin6' })).fields).toEqual({ 'pins.pinAgain': 'mismatch' });
    expect(errorOf(await update(pinPair('1234', 'new2conf6'))).fields).toEqual({ 'pins.pin': 'too_simple' });
    expect(errorOf(await update(pinPair('new2pin5', 'new2pin5'))).fields).toEqual({ 'pins.confirmPin': 'same_as_other' });
    expect(errorOf(await update(pinPair(staffId.toLowerCase(), 'new2conf6'))).fields).toEqual({ 'pins.pin': 'too_simple' });
    expect(errorOf(await update(pinPair('abc', 'new2conf6'))).fields).toEqual({ 'pins.pin': 'too_short' });

    const detail = await env.ok('admin', 'admin.staff.update', {
      accountId, nameKana: 'はなこ', nameKanji: '花子', permissions: ['patron_lookup', 'mail_log'], pins: pinPair('new2pin5', 'new2conf6'), confirmPin: ADMIN.confirmPin,
    });
    expect(detail.staffProfile).toMatchObject({ nameKanaHalf: 'ﾊﾅｺ', nameKanji: '花子', permissions: ['mail_log', 'patron_lookup'], pinsMustChange: true });

    expect(errorOf(await env.login('k', staffId, 'hana2468')).code).toBe('login_failed');
    const session = await env.ok('k', 'staff.login', { staffId, pin: 'new2pin5' });
    expect(session.requiredAction).toBe('set_pins');
    expect(errorOf(await env.call('k', 'counter.accounts.search', { kind: 'patron', query: '' })).code).toBe('action_required');
    expect(errorOf(await env.call('k', 'staff.setPins', pinPair('new2pin5', 'mine7conf'))).fields).toEqual({ pin: 'same_as_other' });
    const after = await env.ok('k', 'staff.setPins', pinPair('mine7pin', 'mine7conf'));
    expect(after.requiredAction).toBeNull();
    expect(after.permissions).toEqual(['mail_log', 'patron_lookup']);
    expect((await env.call('k', 'counter.accounts.search', { kind: 'patron', query: '' })).ok).toBe(true);
  });

  it('登録抹消 stops the login and hides the account; the audit trail stays', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });
    expect(await env.ok('admin', 'admin.staff.remove', { accountId, confirmPin: ADMIN.confirmPin })).toBeNull();
    expect(await env.ok('k', 'session.current', {})).toBeNull();
    expect(errorOf(await env.login('k', staffId, 'hana2468')).code).toBe('login_failed');
    const page = await env.ok('admin', 'admin.accounts.search', { kind: 'staff', query: '' });
    expect(page.rows.map((r) => r.loginId)).toEqual(['A0001']);
    expect(errorOf(await env.call('admin', 'admin.accounts.get', { accountId })).code).toBe('not_found');
    expect((await env.app.services.audit.list({ target: `staff:${staffId}` })).length).toBeGreaterThan(3);
    // IDs are never given to a second person.
    expect((await env.clerk([])).staffId).toBe('S0002');
  });
});

describe('permissions are enforced by the router', () => {
  it('answers unauthorized to a clerk without the permission, whatever the screen shows', async () => {
    env = await staffEnv();
    const { staffId, accountId } = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('k', 'staff.login', { staffId, pin: 'hana2468' });
    expect(errorOf(await env.call('k', 'admin.accounts.search', { query: '' })).code).toBe('unauthorized');
    expect(errorOf(await env.call('k', 'admin.accounts.unlock', { accountId, confirmPin: 'kaku1357' })).code).toBe('unauthorized');
    expect(errorOf(await env.call('k', 'counter.mail.list', {})).code).toBe('unauthorized');
    expect(errorOf(await env.call('k', 'counter.audit.verify', {})).code).toBe('unauthorized');
    expect((await env.call('k', 'counter.accounts.search', { kind: 'citizen', query: '' })).ok).toBe(true);
    expect(errorOf(await env.call('nobody', 'counter.accounts.search', { kind: 'citizen', query: '' })).code).toBe('unauthorized');
  });

  it('keeps administrator accounts to administrators, even for a clerk who manages staff', async () => {
    env = await staffEnv();
    const manager = await env.clerk(['staff_management'], { pin: 'mgr2468x', confirmPin: 'mgr1357y' });
    await env.ok('m', 'staff.login', { staffId: manager.staffId, pin: 'mgr2468x' });
    const register = await env.call('m', 'admin.staff.register', {
      nameKana: 'ｶﾝﾘ', nameKanji: null, role: 'admin', permissions: [], pins: pinPair('adm2pin86', 'adm2conf97'), confirmPin: 'mgr1357y',
    });
    expect(errorOf(register).code).toBe('unauthorized');
    const a0001 = (await env.app.services.accounts.findByLogin('staff', 'A0001'))?.id ?? 0;
    expect(errorOf(await env.call('m', 'admin.staff.update', { accountId: a0001, nameKana: 'ｶ', nameKanji: null, permissions: [], pins: pinPair('adm2pin86', 'adm2conf97'), confirmPin: 'mgr1357y' })).code).toBe('unauthorized');
    const clerk = await env.call('m', 'admin.staff.register', {
      nameKana: 'ｼﾝｼﾞﾝ', nameKanji: null, role: 'clerk', permissions: ['patron_lookup'], pins: pinPair('new2pin5', 'new2conf6'), confirmPin: 'mgr1357y',
    });
    expect(clerk.ok && clerk.data.staffId).toBe('S0002');
  });
});
