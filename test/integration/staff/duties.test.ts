// Separation of duties (issue 13): nobody changes their own authority, an administrator's PINs and
// locks are another administrator's business only offline (recover-admin, seed 003), a patron's
// password is reset only with a named identity document, and one staff account has one session.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, errorOf, pinPair, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

async function denials(action: string): Promise<Array<string | null>> {
  return (await env.app.services.audit.list({ action })).filter((r) => r.outcome === 'denied').map((r) => r.detail);
}

describe('own authority', () => {
  it('refuses a staff manager who widens or narrows their own permissions, and lets them keep their names', async () => {
    env = await staffEnv();
    const manager = await env.clerk(['staff_management'], { pin: 'mgr2468x', confirmPin: 'mgr1357y' });
    await env.ok('m', 'staff.login', { staffId: manager.staffId, pin: 'mgr2468x' });
    const update = (permissions: Array<'staff_management' | 'audit_log' | 'patron_lookup'>) =>
      env.call('m', 'admin.staff.update', { accountId: manager.accountId, nameKana: 'ﾏﾈｰｼﾞｬｰ', nameKanji: null, permissions, pins: null, confirmPin: 'mgr1357y' });

    expect(errorOf(await update(['staff_management', 'audit_log'])).code).toBe('not_allowed');
    expect(errorOf(await update([])).code).toBe('not_allowed');
    expect(await denials('admin.staff.update')).toEqual(['{"reason":"self"}', '{"reason":"self"}']);
    // Refused before the confirmation PIN: no attempt was spent.
    expect((await env.app.services.accounts.get(manager.accountId))?.confirmFailures).toBe(0);
    expect((await env.app.services.staff.profiles.get(manager.accountId))?.permissions).toEqual(['staff_management']);

    const renamed = await update(['staff_management']);
    expect(renamed.ok && renamed.data.nameKana).toBe('ﾏﾈｰｼﾞｬｰ');
    // Another manager may change them.
    const granted = await env.ok('admin', 'admin.staff.update', {
      accountId: manager.accountId, nameKana: 'ﾏﾈｰｼﾞｬｰ', nameKanji: null, permissions: ['staff_management', 'audit_log'], pins: null, confirmPin: ADMIN.confirmPin,
    });
    expect(granted.staffProfile?.permissions.sort()).toEqual(['audit_log', 'staff_management']);
  });
});

describe('another administrator', () => {
  it('cannot have their PINs reset on screen, only their names changed', async () => {
    env = await staffEnv();
    const second = await env.clerk([], { pin: 'adm2pin86', confirmPin: 'adm2conf97' }, 'admin');
    const reset = await env.call('admin', 'admin.staff.update', {
      accountId: second.accountId, nameKana: 'ｶﾝﾘ ﾆ', nameKanji: null, permissions: [], pins: pinPair('new3pin57', 'new3conf68'), confirmPin: ADMIN.confirmPin,
    });
    expect(errorOf(reset).code).toBe('not_allowed');
    expect(await denials('admin.staff.update')).toEqual(['{"reason":"administrator"}']);
    expect((await env.login('a2', second.staffId, 'adm2pin86')).ok).toBe(true);

    const renamed = await env.ok('admin', 'admin.staff.update', {
      accountId: second.accountId, nameKana: 'ｶﾝﾘ ﾆ', nameKanji: '管理 二', pins: null, permissions: [], confirmPin: ADMIN.confirmPin,
    });
    expect(renamed.displayName).toBe('管理 二');
  });

  it('cannot be released from 利用中止 on screen: that stays with recover-admin', async () => {
    env = await staffEnv();
    const second = await env.clerk([], { pin: 'adm2pin86', confirmPin: 'adm2conf97' }, 'admin');
    // Five wrong PINs, each from another machine (no terminal throttle is involved).
    for (let i = 0; i < 5; i++) await env.login(`pc-${i}/window-1`, second.staffId, 'wrong-pin');
    const detail = await env.ok('admin', 'admin.accounts.get', { accountId: second.accountId });
    expect(detail).toMatchObject({ locked: true, clearableInApp: false });
    expect(errorOf(await env.call('admin', 'admin.accounts.unlock', { accountId: second.accountId, confirmPin: ADMIN.confirmPin })).code).toBe('not_allowed');
    expect(errorOf(await env.call('admin', 'admin.accounts.releaseBlockade', { accountId: second.accountId, confirmPin: ADMIN.confirmPin })).code).toBe('not_allowed');
    expect((await env.app.services.accounts.get(second.accountId))?.locked).toBe(true);
  });
});

describe('patron password reset from the console', () => {
  it('needs the identity document checked, and records it in the audit log', async () => {
    env = await staffEnv();
    const patron = await env.app.services.library.registration.register(
      { name: '図書 一郎', kana: 'トショ イチロウ', birthDate: '1990-07-14', email: 'ichiro@example.jp' },
      { actor: 'test', terminal: 't' },
    );
    const without = await env.call('admin', 'admin.patron.resetPassword', { accountId: patron.accountId, confirmPin: ADMIN.confirmPin } as never);
    expect(errorOf(without)).toEqual({ code: 'invalid_input', fields: { identityDocument: 'required' } });
    const unknown = await env.call('admin', 'admin.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'library_card', confirmPin: ADMIN.confirmPin } as never);
    expect(errorOf(unknown).fields).toEqual({ identityDocument: 'required' });

    await env.ok('admin', 'admin.patron.resetPassword', { accountId: patron.accountId, identityDocument: 'residence_card', confirmPin: ADMIN.confirmPin });
    const [row] = await env.app.services.audit.list({ action: 'admin.patron_reset' });
    expect(row).toMatchObject({ actor: 'staff:A0001', target: `patron:${patron.cardNumber}`, outcome: 'ok' });
    expect(JSON.parse(row?.detail ?? '{}')).toEqual({ identity: 'residence_card' });
  });
});

describe('one session per staff account', () => {
  it('ends the session on the first PC when the clerk logs in on another: the newest wins', async () => {
    env = await staffEnv();
    const clerk = await env.clerk(['patron_lookup'], { pin: 'hana2468', confirmPin: 'kaku1357' });
    await env.ok('counter-1/window-1', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    expect((await env.call('counter-1/window-1', 'counter.accounts.search', { kind: 'patron', query: '' })).ok).toBe(true);

    await env.ok('counter-2/window-1', 'staff.login', { staffId: clerk.staffId, pin: 'hana2468' });
    expect(errorOf(await env.call('counter-1/window-1', 'counter.accounts.search', { kind: 'patron', query: '' })).code).toBe('unauthorized');
    expect((await env.call('counter-2/window-1', 'counter.accounts.search', { kind: 'patron', query: '' })).ok).toBe(true);
    const ends = (await env.app.services.audit.list({ action: 'session.end', actor: `staff:${clerk.staffId}` })).map((r) => [r.terminal, r.detail]);
    expect(ends).toContainEqual(['counter-1/window-1', '{"reason":"replaced"}']);
    // Other accounts' sessions are not touched.
    expect((await env.call('admin', 'admin.accounts.search', { query: '' })).ok).toBe(true);
  });
});
