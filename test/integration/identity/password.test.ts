// パスワードの再設定 by mail and メールアドレスとパスワードでログイン (seed 004), through the router
// with the mails read back from the SMTP capture server.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OTP_ALPHABET } from '../../../src-shared/fields';
import { RESET_CODE_ALPHABET } from '../../../src-shared/identity/reset-code';
import { type TestIdp, startIdp } from '../../fixtures/idp';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { auditActions, type IdentityEnv, openIdentityEnv, TERMINAL } from './identity-env';

const MAIL = 'kaede.hidaka@example.jp';
const GOOD = 'Kounotori-2026';

let mailbox: Mailbox;
let env: IdentityEnv;

beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(async () => {
  await mailbox.stop();
});
afterEach(async () => {
  await env?.close();
  mailbox.clear();
});

async function open(): Promise<IdentityEnv> {
  env = await openIdentityEnv(mailbox);
  return env;
}

async function citizen(e: IdentityEnv, userKey: string, email: string | null, name = '日高 かえで'): Promise<number> {
  const account = await e.app.services.accounts.create('citizen', userKey, name);
  await e.app.services.citizen.profiles.insert(account.id, { phone: '0796421111', email, postalCode: null, address: null }, 'ja', e.clock.now());
  return account.id;
}

function codeFrom(text: string): string {
  const match = /(?:再設定コード|Reset code): ([A-Za-z0-9]{8})/.exec(text);
  if (!match?.[1]) throw new Error(`no code in mail: ${text}`);
  return match[1];
}

async function requestCode(e: IdentityEnv, email = MAIL): Promise<string> {
  mailbox.clear();
  expect(await e.ok('identity.password.reset.request', { email })).toEqual({ validMinutes: 30, lockAfter: 5 });
  return codeFrom((await e.mail(email, 'パスワード再設定コードのご案内')).text);
}

/** Moves the clock past the terminal's throttle wait, if any. */
function waitOutThrottle(e: IdentityEnv, terminal = TERMINAL): void {
  e.clock.advance(e.app.services.login.throttle.waitSeconds(terminal) * 1000);
}

async function outboxCount(e: IdentityEnv, template: string): Promise<number | undefined> {
  return (await e.app.store.get<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE template = ?', [template]))?.n;
}

describe('パスワードの再設定', () => {
  it('mails an 8-character code valid for 30 minutes; the code and a new password set it, with a notice mail', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    const code = await requestCode(e, 'KAEDE.Hidaka@example.jp'.toLowerCase());
    expect(code).toHaveLength(8);
    expect([...code].every((c) => OTP_ALPHABET.includes(c))).toBe(true);
    // One case, no look-alikes (issue 13).
    expect([...code].every((c) => RESET_CODE_ALPHABET.includes(c))).toBe(true);
    const mail = mailbox.messages[0];
    expect(mail?.subject).toBe('【窓口e-予約システム】パスワード再設定コードのご案内');
    expect(mail?.text).toContain('30分間');

    expect(await e.ok('identity.password.reset', { email: MAIL, code, password: GOOD, passwordConfirm: GOOD })).toEqual({ reset: true });
    const notice = await e.mail(MAIL, 'パスワードを再設定しました');
    expect(notice.text).toContain('日高 かえで 様');
    expect(await e.ok('session.current', {})).toBeNull();

    expect(await e.ok('identity.password.login', { email: MAIL, password: GOOD })).toEqual({ displayName: '日高 かえで' });
    expect(await e.ok('session.current', {})).toMatchObject({ kind: 'citizen', loginId: 'hdka10001' });
    // The code works once.
    expect(await e.call('identity.password.reset', { email: MAIL, code, password: 'Another-pass-1', passwordConfirm: 'Another-pass-1' })).toEqual({
      ok: false,
      error: { code: 'login_failed' },
    });
    expect((await auditActions(e.app, 'identity.password_set')).map((r) => r.outcome)).toEqual(['ok']);
    const stored = await e.app.store.get<{ hash: string }>("SELECT hash FROM credentials WHERE purpose = 'password'");
    expect(stored?.hash).toMatch(/^scrypt\$/);
    expect(stored?.hash).not.toContain(GOOD);
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    expect(await e.call('identity.password.reset.request', { email: 'stranger@example.jp' })).toEqual({ ok: true, data: { validMinutes: 30, lockAfter: 5 } });
    expect(await outboxCount(e, 'identity.password_reset_code')).toBe(0);
    expect(await e.call('identity.password.reset', { email: 'stranger@example.jp', code: 'ABCDEFGH', password: GOOD, passwordConfirm: GOOD })).toEqual({
      ok: false,
      error: { code: 'login_failed' },
    });
    expect(await auditActions(e.app, 'identity.password_reset_request')).toEqual([{ outcome: 'failed', target: 'citizen:?', detail: '{"reason":"unknown"}' }]);
  });

  it('refuses an expired code, and a code replaced by a newer one', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    const old = await requestCode(e);
    const fresh = await requestCode(e);
    expect(await e.call('identity.password.reset', { email: MAIL, code: old, password: GOOD, passwordConfirm: GOOD })).toEqual({ ok: false, error: { code: 'login_failed' } });
    e.clock.advance(30 * 60_000);
    expect(await e.call('identity.password.reset', { email: MAIL, code: fresh, password: GOOD, passwordConfirm: GOOD })).toEqual({ ok: false, error: { code: 'login_failed' } });
    const late = await requestCode(e);
    e.clock.advance(29 * 60_000);
    expect(await e.call('identity.password.reset', { email: MAIL, code: late, password: GOOD, passwordConfirm: GOOD })).toEqual({ ok: true, data: { reset: true } });
  });

  it('spends the code after 5 wrong tries, without locking the account (issue 13: codes have their own counter)', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    const code = await requestCode(e);
    const wrong = code === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH';
    for (let i = 0; i < 5; i++) {
      expect(await e.call('identity.password.reset', { email: MAIL, code: wrong, password: GOOD, passwordConfirm: GOOD })).toEqual({ ok: false, error: { code: 'login_failed' } });
    }
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: false, consecutiveFailures: 0 });
    // The spent code no longer works, even right and from another terminal; a new one does.
    expect(await e.call('identity.password.reset', { email: MAIL, code, password: GOOD, passwordConfirm: GOOD }, 'kiosk-2')).toEqual({ ok: false, error: { code: 'login_failed' } });
    expect(await auditActions(e.app, 'account.locked')).toHaveLength(0);
    expect((await auditActions(e.app, 'identity.password_reset')).map((r) => r.detail)).toEqual(Array(6).fill('{"reason":"wrong_code"}'));
    // This kiosk must first wait out the terminal throttle, even to ask for a new code.
    expect(await e.call('identity.password.reset.request', { email: MAIL })).toEqual({ ok: false, error: { code: 'throttled', retryAfterSeconds: 2 } });
    waitOutThrottle(e);
    const fresh = await requestCode(e);
    expect(await e.call('identity.password.reset', { email: MAIL, code: fresh, password: GOOD, passwordConfirm: GOOD }, 'kiosk-2')).toEqual({ ok: true, data: { reset: true } });
  });

  it('never locks the password login, however many wrong codes are typed (issue 13)', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    await e.ok('identity.password.reset', { email: MAIL, code: await requestCode(e), password: GOOD, passwordConfirm: GOOD });
    const code = await requestCode(e);
    const wrong = code === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH';
    // A stranger at one kiosk, waiting out the terminal throttle between tries.
    for (let answered = 0; answered < 10; ) {
      const result = await e.call('identity.password.reset', { email: MAIL, code: wrong, password: 'Stranger-pass-1', passwordConfirm: 'Stranger-pass-1' });
      if (!result.ok && result.error.code === 'throttled') {
        e.clock.advance((result.error.retryAfterSeconds ?? 1) * 1000);
        continue;
      }
      expect(result).toEqual({ ok: false, error: { code: 'login_failed' } });
      answered++;
    }
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: false, consecutiveFailures: 0 });
    expect(await e.ok('identity.password.login', { email: MAIL, password: GOOD }, 'kiosk-2')).toEqual({ displayName: '日高 かえで' });
  });

  it('checks the new password: 8–64 characters, typed twice, not a common one, not the 利用者キー', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    const code = await requestCode(e);
    const attempt = (password: string, passwordConfirm = password) => e.call('identity.password.reset', { email: MAIL, code, password, passwordConfirm });
    expect(await attempt('short1')).toEqual({ ok: false, error: { code: 'invalid_input', fields: { password: 'too_short' } } });
    expect(await attempt('x'.repeat(65))).toEqual({ ok: false, error: { code: 'invalid_input', fields: { password: 'too_long' } } });
    expect(await attempt('Password123')).toEqual({ ok: false, error: { code: 'invalid_input', fields: { password: 'common_password' } } });
    expect(await attempt(GOOD, `${GOOD}!`)).toEqual({ ok: false, error: { code: 'invalid_input', fields: { passwordConfirm: 'mismatch' } } });
    expect(await attempt('my-hdka10001')).toEqual({ ok: false, error: { code: 'invalid_input', fields: { password: 'contains_personal' } } });
    // None of those used up the code.
    expect(await attempt(GOOD)).toEqual({ ok: true, data: { reset: true } });
  });

  it('limits reset mails per address to 5 an hour, whether or not the address is registered', async () => {
    const e = await open();
    await citizen(e, 'hdka10001', MAIL);
    for (const email of [MAIL, 'stranger@example.jp']) {
      for (let i = 0; i < 5; i++) expect((await e.call('identity.password.reset.request', { email })).ok).toBe(true);
      expect(await e.call('identity.password.reset.request', { email }, 'kiosk-2')).toEqual({ ok: false, error: { code: 'rate_limited' } });
    }
    expect(await outboxCount(e, 'identity.password_reset_code')).toBe(5);
    e.clock.advance(60 * 60_000 + 1);
    expect((await e.call('identity.password.reset.request', { email: MAIL })).ok).toBe(true);
  });
});

describe('an account registered with xID', () => {
  let idp: TestIdp;
  beforeAll(async () => {
    idp = await startIdp();
  });
  afterAll(async () => {
    await idp.close();
  });

  it('has no password until one is set by reset, which may not be the birth date', async () => {
    env = await openIdentityEnv(mailbox, { identity: { issuer: idp.issuer } });
    const e = env;
    const code = await e.ok('identity.start', { purpose: 'register' });
    const waiting = e.call('identity.wait', {});
    await idp.phone.approve(code.verificationUriComplete, 'xid-toyooka-taro');
    expect(await waiting).toMatchObject({ ok: true, data: { outcome: 'registered' } });
    await e.ok('session.end', { reason: 'logout' });
    const email = 'taro.toyooka@example.jp';

    expect(await e.call('identity.password.login', { email, password: GOOD })).toEqual({ ok: false, error: { code: 'login_failed' } });
    const reset = await requestCode(e, email);
    for (const birthday of ['19850412', '1985-04-12', '04121985', 'S60.04.12']) {
      expect(await e.call('identity.password.reset', { email, code: reset, password: birthday, passwordConfirm: birthday })).toEqual({
        ok: false,
        error: { code: 'invalid_input', fields: { password: 'contains_personal' } },
      });
    }
    expect(await e.ok('identity.password.reset', { email, code: reset, password: GOOD, passwordConfirm: GOOD })).toEqual({ reset: true });
    expect(await e.ok('identity.password.login', { email, password: GOOD })).toEqual({ displayName: '豊岡 太郎' });
  });
});

describe('メールアドレスとパスワードでログイン', () => {
  async function withPassword(e: IdentityEnv): Promise<void> {
    await citizen(e, 'hdka10001', MAIL);
    const code = await requestCode(e);
    await e.ok('identity.password.reset', { email: MAIL, code, password: GOOD, passwordConfirm: GOOD });
  }

  it('gives one generic answer for an unknown address, a wrong password and an account without one', async () => {
    const e = await open();
    await withPassword(e);
    await citizen(e, 'nopw20002', 'no.password@example.jp', '竹野 海');
    const failed = { ok: false, error: { code: 'login_failed' } };
    expect(await e.call('identity.password.login', { email: 'stranger@example.jp', password: GOOD })).toEqual(failed);
    expect(await e.call('identity.password.login', { email: MAIL, password: 'wrong-password' })).toEqual(failed);
    expect(await e.call('identity.password.login', { email: 'no.password@example.jp', password: GOOD })).toEqual(failed);
    expect(await e.call('identity.password.login', { email: MAIL.toUpperCase(), password: GOOD })).toEqual({ ok: true, data: { displayName: '日高 かえで' } });
  });

  it('locks after 5 consecutive failures; then even the right password fails, with the same message', async () => {
    const e = await open();
    await withPassword(e);
    for (let i = 0; i < 4; i++) await e.call('identity.password.login', { email: MAIL, password: `wrong-${i}-password` });
    // A success resets the count …
    expect((await e.call('identity.password.login', { email: MAIL, password: GOOD })).ok).toBe(true);
    await e.ok('session.end', { reason: 'logout' });
    for (let i = 0; i < 5; i++) {
      // The terminal throttle (not the subject here) asks this kiosk to wait between its later tries.
      waitOutThrottle(e);
      expect(await e.call('identity.password.login', { email: MAIL, password: `wrong-${i}-password` })).toEqual({ ok: false, error: { code: 'login_failed' } });
    }
    waitOutThrottle(e);
    // … and five in a row lock.
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: true, consecutiveFailures: 5 });
    expect(await e.call('identity.password.login', { email: MAIL, password: GOOD })).toEqual({ ok: false, error: { code: 'login_failed' } });
    expect(await e.ok('session.current', {})).toBeNull();
    expect((await auditActions(e.app, 'identity.password_login')).at(-1)).toMatchObject({ outcome: 'denied', detail: '{"reason":"locked"}' });
  });

  it('picks one account when several share the address: the one holding the password', async () => {
    const e = await open();
    await citizen(e, 'first1111', MAIL, '日高 一');
    await withPassword(e);
    await citizen(e, 'later3333', MAIL, '日高 三');
    expect(await e.ok('identity.password.login', { email: MAIL, password: GOOD })).toEqual({ displayName: '日高 かえで' });
  });
});

describe('after the password login locked (issue 13)', () => {
  async function lockedWithPassword(e: IdentityEnv): Promise<void> {
    await citizen(e, 'hdka10001', MAIL);
    await e.ok('identity.password.reset', { email: MAIL, code: await requestCode(e), password: GOOD, passwordConfirm: GOOD });
    for (let i = 0; i < 5; i++) {
      waitOutThrottle(e);
      await e.call('identity.password.login', { email: MAIL, password: `wrong-${i}-password` });
    }
    waitOutThrottle(e);
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: true });
  }

  it('a reset with the mailed code (typed in lower case, in two groups) sets the password and lifts 利用中止', async () => {
    const e = await open();
    await lockedWithPassword(e);
    const code = await requestCode(e);
    // A wrong code still reads like any wrong code, and the lock stays.
    expect(await e.call('identity.password.reset', { email: MAIL, code: 'ZZZZZZZZ', password: 'Fresh-start-77', passwordConfirm: 'Fresh-start-77' })).toEqual({
      ok: false,
      error: { code: 'login_failed' },
    });
    waitOutThrottle(e);
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: true });

    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4).toLowerCase()}`;
    expect(await e.ok('identity.password.reset', { email: MAIL, code: typed, password: 'Fresh-start-77', passwordConfirm: 'Fresh-start-77' })).toEqual({ reset: true });
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: false, consecutiveFailures: 0 });
    const [unlocked] = await auditActions(e.app, 'account.unlocked');
    expect(unlocked).toMatchObject({ outcome: 'ok', detail: '{"via":"identity.password_reset"}' });
    waitOutThrottle(e);
    expect(await e.ok('identity.password.login', { email: MAIL, password: 'Fresh-start-77' })).toEqual({ displayName: '日高 かえで' });
  });

  it('事故登録 is not lifted by a reset: the code holder is sent to the counter', async () => {
    const e = await open();
    await lockedWithPassword(e);
    const account = await e.app.services.accounts.findByLogin('citizen', 'hdka10001');
    await e.app.services.accounts.transition(account?.id ?? 0, (s) => ({ status: { ...s, accident: true, accidentReason: '窓口で確認' }, events: [] }), { actor: 'system', terminal: 'test' });
    const code = await requestCode(e);
    expect(await e.call('identity.password.reset', { email: MAIL, code, password: 'Fresh-start-77', passwordConfirm: 'Fresh-start-77' })).toEqual({
      ok: false,
      error: { code: 'account_accident' },
    });
    expect(await e.app.services.accounts.findByLogin('citizen', 'hdka10001')).toMatchObject({ locked: true, accident: true });
  });
});
