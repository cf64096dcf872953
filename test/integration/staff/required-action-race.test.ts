// A required action is cleared for the session that fulfilled it, never for whoever holds the
// terminal by the time the slow hashing is done: otherwise ending a session and logging in as
// someone else while the new PINs are being hashed gives the second person a session without the
// required action.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, pinPair, type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

describe('set_pins on a terminal whose session changed meanwhile', () => {
  it('leaves the next session’s set_pins in place and sets only the first holder’s PINs', async () => {
    // A hashing cost high enough that the second login finishes while the first PINs still hash.
    env = await staffEnv({ security: { kdf: { N: 2 ** 14 } } });
    const temp = pinPair('tmpa7x9q', 'tmpa7x8w');
    const tempB = pinPair('tmpb7x9q', 'tmpb7x8w');
    const a = await env.ok('admin', 'admin.staff.register', { nameKana: 'ｴｰ', nameKanji: null, role: 'clerk', permissions: [], pins: temp, confirmPin: ADMIN.confirmPin });
    const b = await env.ok('admin', 'admin.staff.register', { nameKana: 'ﾋﾞｰ', nameKanji: null, role: 'clerk', permissions: ['audit_log'], pins: tempB, confirmPin: ADMIN.confirmPin });

    expect((await env.ok('t', 'staff.login', { staffId: a.staffId, pin: temp.pin })).requiredAction).toBe('set_pins');
    const setting = env.call('t', 'staff.setPins', pinPair('mine2468', 'kaku1357'));
    await env.ok('t', 'session.end', { reason: 'logout' });
    expect((await env.ok('t', 'staff.login', { staffId: b.staffId, pin: tempB.pin })).requiredAction).toBe('set_pins');
    const answer = await setting;

    expect(answer.ok).toBe(false);
    const current = await env.ok('t', 'session.current', {});
    expect(current?.loginId).toBe(b.staffId);
    expect(current?.requiredAction).toBe('set_pins');
    expect((await env.call('t', 'counter.audit.verify', {})).ok).toBe(false);
    // The first holder's PINs were set all the same.
    expect((await env.login('t2', a.staffId, 'mine2468')).ok).toBe(true);
    expect((await env.ok('t2', 'session.current', {}))?.requiredAction).toBeNull();
  });
});
