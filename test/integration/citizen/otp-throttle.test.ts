// Issue 13: the OTP login counts on the per-terminal throttle like every login; OTP issue only waits
// while the terminal waits and is never counted there — its answer is the same for a registered
// pair and an unknown one, and counting only the unknown would tell them apart.
import { describe, expect, it } from 'vitest';
import { loginFailed as countLoginFailure } from '../../../src-main/auth/lockout';
import { envPerTest } from '../../fixtures/env-per-test';
import { applicant, type CitizenEnv, issueOtp, openCitizenEnv, reserveAsGuest } from './citizen-env';

let env: CitizenEnv;

envPerTest(openCitizenEnv, (opened) => {
  env = opened;
});

const loginFailed = { ok: false, error: { code: 'login_failed' } };

describe('the terminal throttle on the OTP channels', () => {
  it('throttles the OTP login after five wrong codes, and OTP issue from that terminal while it waits', async () => {
    const key = await reserveAsGuest(env);
    const otp = await issueOtp(env, key);
    for (let i = 0; i < 5; i++) expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' })).toEqual(loginFailed);
    const throttled = { ok: false, error: { code: 'throttled', retryAfterSeconds: 2 } };
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual(throttled);
    expect(await env.call('kiosk', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual(throttled);
    // Refused before anything was looked at: no audit row for the refused attempts.
    expect(await env.app.services.audit.list({ action: 'citizen.login' })).toHaveLength(5);
    // Another kiosk is not slowed.
    expect((await env.call('kiosk-2', 'citizen.otp.issue', { userKey: 'zzzz99999', email: 'nobody@example.jp' })).ok).toBe(true);
    env.clock.advance(2_000);
    expect((await env.call('kiosk', 'citizen.otp.issue', { userKey: key, email: applicant.email })).ok).toBe(true);
  });

  it('holds the answers of a locked account (利用中止) behind the throttle too: no probing while the terminal waits (issue 13)', async () => {
    const key = await reserveAsGuest(env);
    const otp = await issueOtp(env, key);
    const account = await env.app.services.accounts.findByLogin('citizen', key);
    if (!account) throw new Error('no account');
    for (let i = 0; i < 5; i++) await env.app.services.accounts.transition(account.id, (s) => countLoginFailure(s, 5), { actor: 'test', terminal: 'test' });
    // Wrong tries at other keys (this key's code would be spent by five at it).
    for (let i = 0; i < 5; i++) expect(await env.call('kiosk', 'citizen.login', { userKey: 'zzzz99999', otp: 'Wrong234' })).toEqual(loginFailed);
    const throttled = { ok: false, error: { code: 'throttled', retryAfterSeconds: 2 } };
    expect(await env.call('kiosk', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual(throttled);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual(throttled);
    env.clock.advance(2_000);
    expect(await env.call('kiosk', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual({ ok: false, error: { code: 'account_locked' } });
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual({ ok: false, error: { code: 'account_locked' } });
  });

  it('never counts OTP issue, registered pair or not', async () => {
    const key = await reserveAsGuest(env);
    for (let i = 0; i < 4; i++) {
      await env.ok('kiosk', 'citizen.otp.issue', { userKey: `abcd0000${i}`, email: `p${i}@example.jp` });
      await env.ok('kiosk', 'citizen.otp.issue', { userKey: key, email: applicant.email });
    }
    expect(env.app.services.login.throttle.waitSeconds('kiosk')).toBe(0);
    for (let i = 0; i < 5; i++) expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' })).toEqual(loginFailed);
  });
});
