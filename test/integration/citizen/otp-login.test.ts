// ワンタイムパスワード発行 and ログイン (seed 000): 8-character single-use codes valid 60 minutes,
// a new code replaces the old, one generic failure, a code spent after 5 wrong tries (never 利用中止:
// issue 13), identical answers for registered and unknown, and the per-address / per-key /
// per-terminal mail limits.
import { describe, expect, it } from 'vitest';
import { loginFailed as countLoginFailure, setAccident, unlock } from '../../../src-main/auth/lockout';
import { OTP_ALPHABET } from '../../../src-shared/fields';
import { envPerTest } from '../../fixtures/env-per-test';
import { applicant, type CitizenEnv, HOUR, issueOtp, openCitizenEnv, otpOf, reserveAsGuest } from './citizen-env';

let env: CitizenEnv;

const file = envPerTest(openCitizenEnv, (opened) => {
  env = opened;
});

const loginFailed = { ok: false, error: { code: 'login_failed' } };
const accountLocked = { ok: false, error: { code: 'account_locked' } };
const reasonOf = (detail: string | null): unknown => (detail ? (JSON.parse(detail) as { reason?: unknown }).reason : undefined);
const otpRows = async () => (await env.app.store.get<{ n: number }>('SELECT count(*) AS n FROM one_time_codes'))?.n;

describe('issuing a one-time password', () => {
  it('mails an 8-character code from the look-alike-free alphabet, stored only as a hash', async () => {
    const key = await reserveAsGuest(env);
    const result = await env.ok('t1', 'citizen.otp.issue', { userKey: key, email: applicant.email });
    expect(result).toEqual({ validMinutes: 60 });
    const mail = await env.mail(applicant.email, 'ワンタイムパスワードのご案内');
    expect(mail.subject).toBe('【窓口e-予約システム】ワンタイムパスワードのご案内');
    expect(mail.text).toContain('申告 太郎 様');
    expect(mail.text).toContain('発行から60分');
    expect(mail.text).toContain('「市役所の予約」→「ログイン」');
    const otp = otpOf(mail);
    expect(otp).toHaveLength(8);
    expect([...otp].every((c) => OTP_ALPHABET.includes(c))).toBe(true);

    const row = await env.app.store.get<{ hash: string; expires_at: number }>('SELECT hash, expires_at FROM one_time_codes');
    expect(row?.hash).toMatch(/^scrypt\$/);
    expect(row?.hash).not.toContain(otp);
    expect(row?.expires_at).toBe(env.clock.now() + 60 * 60_000);
    const audit = await env.app.services.audit.list({ action: 'citizen.otp.issue' });
    expect(audit[0]).toMatchObject({ target: `citizen:${key}`, outcome: 'ok' });
    expect(JSON.stringify(audit)).not.toContain(otp);
    // Once delivered, the outbox keeps the mail's subject and status but not the code.
    const sent = await env.app.store.get<{ status: string; subject: string; body: string }>("SELECT status, subject, body FROM outbox WHERE template = 'citizen.otp'");
    expect(sent).toMatchObject({ status: 'sent', subject: mail.subject, body: '' });
    const reservation = await env.app.store.get<{ status: string; body: string }>("SELECT status, body FROM outbox WHERE template = 'citizen.reservation'");
    expect(reservation?.status).toBe('sent');
    expect(reservation?.body).toContain(key);
  });

  it('accepts the address in another case and full-width input', async () => {
    const key = await reserveAsGuest(env);
    await env.ok('t1', 'citizen.otp.issue', { userKey: key.toUpperCase(), email: 'ＴＡＲＯ＠example.jp' });
    otpOf(await env.mail(applicant.email, 'ワンタイムパスワードのご案内'));
  });

  it('answers the same for an unknown key, a wrong address and a registered pair — and mails only the last', async () => {
    const key = await reserveAsGuest(env);
    const unknown = await env.call('t1', 'citizen.otp.issue', { userKey: 'zzzz99999', email: applicant.email });
    const wrongAddress = await env.call('t1', 'citizen.otp.issue', { userKey: key, email: 'someone@example.jp' });
    const registered = await env.call('t1', 'citizen.otp.issue', { userKey: key, email: applicant.email });
    expect(unknown).toEqual(registered);
    expect(wrongAddress).toEqual(registered);
    await env.app.mailer.deliverDue();
    expect(await env.outboxCount('someone@example.jp')).toBe(0);
    expect(await env.outboxCount(applicant.email)).toBe(2); // the reservation mail and one OTP
    expect(await otpRows()).toBe(1);
    const denied = (await env.app.services.audit.list({ action: 'citizen.otp.issue' })).filter((r) => r.outcome === 'denied');
    expect(denied.map((r) => JSON.parse(r.detail ?? '{}').reason).sort()).toEqual(['address_mismatch', 'unknown']);
  });

  it('takes the configured minimum time on every path, so timing does not tell them apart', async () => {
    await env.close();
    env = await file.open({ citizen: { evenAnswerMs: 250 } });
    const key = await reserveAsGuest(env);
    const timed = async (input: { userKey: string; email: string }) => {
      const started = performance.now();
      const result = await env.call('t1', 'citizen.otp.issue', input);
      return { result, ms: performance.now() - started };
    };
    const registered = await timed({ userKey: key, email: applicant.email });
    const unknown = await timed({ userKey: 'qqqq11111', email: 'nobody@example.jp' });
    expect(unknown.result).toEqual(registered.result);
    // Lower bounds only: a loaded machine can make either answer slower, never faster than the
    // floor, so these cannot flake; the floor is what hides the difference.
    expect(registered.ms).toBeGreaterThanOrEqual(245);
    expect(unknown.ms).toBeGreaterThanOrEqual(245);
  });
});

describe('logging in', () => {
  it('logs in with the mailed code and opens the citizen session', async () => {
    const key = await reserveAsGuest(env);
    const otp = await issueOtp(env, key);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual({ ok: true, data: { displayName: '申告 太郎' } });
    const session = await env.ok('kiosk', 'session.current', {});
    expect(session).toMatchObject({ kind: 'citizen', loginId: key, displayName: '申告 太郎' });
    expect((await env.app.services.audit.list({ action: 'account.login_succeeded' }))[0]?.target).toBe(`citizen:${key}`);
  });

  it('uses a code once only', async () => {
    const key = await reserveAsGuest(env);
    const otp = await issueOtp(env, key);
    await env.ok('kiosk', 'citizen.login', { userKey: key, otp });
    await env.ok('kiosk', 'session.end', { reason: 'logout' });
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual(loginFailed);
  });

  it('lets only one of two terminals log in with the same code', async () => {
    const key = await reserveAsGuest(env);
    const otp = await issueOtp(env, key);
    const results = await Promise.all([
      env.call('kiosk-a', 'citizen.login', { userKey: key, otp }),
      env.call('kiosk-b', 'citizen.login', { userKey: key, otp }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([loginFailed]);
  });

  it('refuses a code after 60 minutes, and accepts it just before', async () => {
    const key = await reserveAsGuest(env);
    const first = await issueOtp(env, key);
    env.clock.advance(60 * 60_000);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: first })).toEqual(loginFailed);

    const second = await issueOtp(env, key);
    env.clock.advance(60 * 60_000 - 1);
    expect((await env.call('kiosk', 'citizen.login', { userKey: key, otp: second })).ok).toBe(true);
  });

  it('honours a configured validity period', async () => {
    await env.close();
    env = await file.open({ citizen: { otpTtlMinutes: 10 } });
    const key = await reserveAsGuest(env);
    env.mailbox.clear();
    expect(await env.ok('t1', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual({ validMinutes: 10 });
    const otp = otpOf(await env.mail(applicant.email, 'ワンタイムパスワードのご案内'));
    env.clock.advance(10 * 60_000);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual(loginFailed);
  });

  it('replaces the old code when a new one is issued', async () => {
    const key = await reserveAsGuest(env);
    const old = await issueOtp(env, key);
    const fresh = await issueOtp(env, key);
    expect(fresh).not.toBe(old);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: old })).toEqual(loginFailed);
    expect((await env.call('kiosk', 'citizen.login', { userKey: key, otp: fresh })).ok).toBe(true);
  });

  it('gives the same answer for an unknown key, a wrong code and a malformed-but-valid code', async () => {
    const key = await reserveAsGuest(env);
    await issueOtp(env, key);
    expect(await env.call('kiosk', 'citizen.login', { userKey: 'abcd00000', otp: 'AbCd2345' })).toEqual(loginFailed);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'AbCd2345' })).toEqual(loginFailed);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'OOOO0000' })).toEqual(loginFailed);
    expect(await env.ok('kiosk', 'session.current', {})).toBeNull();
  });

  it('spends a code after 5 wrong tries without locking the key: the right code then fails, a new code works (issue 13)', async () => {
    const key = await reserveAsGuest(env);
    const otp = await issueOtp(env, key);
    for (let i = 0; i < 5; i++) expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' })).toEqual(loginFailed);

    // Code failures have their own counter: the account's login counter and 利用中止 are untouched.
    const account = await env.app.services.accounts.findByLogin('citizen', key);
    expect(account).toMatchObject({ locked: false, consecutiveFailures: 0 });
    expect(await env.app.services.audit.list({ action: 'account.locked' })).toHaveLength(0);
    const failed = await env.app.services.audit.list({ action: 'citizen.login' });
    expect(failed.map((r) => [r.target, r.outcome, r.detail])).toEqual(Array(5).fill([`citizen:${key}`, 'failed', '{"reason":"wrong_code"}']));
    // The spent code meets the same generic answer, even from another terminal …
    expect(await env.call('kiosk-2', 'citizen.login', { userKey: key, otp })).toEqual(loginFailed);
    // … and the citizen asks for a new one, which starts its own count.
    const fresh = await issueOtp(env, key);
    expect(await env.call('kiosk-2', 'citizen.login', { userKey: key, otp: 'Wrong234' })).toEqual(loginFailed);
    expect((await env.call('kiosk-2', 'citizen.login', { userKey: key, otp: fresh })).ok).toBe(true);
  });

  it('keeps a locked key (利用中止, set by the password login or an administrator) closed to codes, and sends the holder of key and address to the counter (issue 13)', async () => {
    const key = await reserveAsGuest(env);
    const account = await env.app.services.accounts.findByLogin('citizen', key);
    if (!account) throw new Error('no account');
    const by = { actor: 'test', terminal: 'test' };
    for (let i = 0; i < 5; i++) await env.app.services.accounts.transition(account.id, (s) => countLoginFailure(s, 5), by);
    expect(await env.app.services.accounts.findByLogin('citizen', key)).toMatchObject({ locked: true });
    // No new code is issued to a locked key: key and address both right say 利用中止 …
    env.mailbox.clear();
    expect(await env.call('t1', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual(accountLocked);
    // … and one of them wrong answers like an unknown pair, so the lock reveals nothing.
    expect(await env.call('t1', 'citizen.otp.issue', { userKey: key, email: 'someone@example.jp' })).toEqual({ ok: true, data: { validMinutes: 60 } });
    await env.app.mailer.deliverDue();
    expect(env.mailbox.messages).toHaveLength(0);
    expect(await otpRows()).toBe(0);
    const refused = await env.app.services.audit.list({ action: 'citizen.otp.issue' });
    expect(refused.map((e) => [e.outcome, reasonOf(e.detail)])).toEqual(
      expect.arrayContaining([
        ['denied', 'locked'],
        ['denied', 'address_mismatch'],
      ]),
    );
    await env.app.services.accounts.transition(account.id, unlock, by);
    const otp = await issueOtp(env, key);
    for (let i = 0; i < 5; i++) await env.app.services.accounts.transition(account.id, (s) => countLoginFailure(s, 5), by);
    // A code issued before does not open it: a wrong code fails like any other, the right one says 利用中止.
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' })).toEqual(loginFailed);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp })).toEqual(accountLocked);
    expect(await env.app.services.sessions.info('kiosk')).toBeNull();
    const logins = await env.app.services.audit.list({ action: 'citizen.login' });
    expect(logins.filter((e) => e.outcome === 'denied' && reasonOf(e.detail) === 'locked')).toHaveLength(2);
  });

  it('sends the holder of key and address of a 事故登録 account to the counter instead of issuing a code (issue 13)', async () => {
    const key = await reserveAsGuest(env);
    const account = await env.app.services.accounts.findByLogin('citizen', key);
    if (!account) throw new Error('no account');
    await env.app.services.accounts.transition(account.id, (s) => setAccident(s, '本人確認中'), { actor: 'test', terminal: 'test' });
    env.mailbox.clear();
    expect(await env.call('t1', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual({ ok: false, error: { code: 'account_accident' } });
    expect(await env.call('t1', 'citizen.otp.issue', { userKey: key, email: 'someone@example.jp' })).toEqual({ ok: true, data: { validMinutes: 60 } });
    await env.app.mailer.deliverDue();
    expect(env.mailbox.messages).toHaveLength(0);
  });

  it('resets the failure count on a successful login', async () => {
    const key = await reserveAsGuest(env);
    for (let i = 0; i < 4; i++) await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' });
    const otp = await issueOtp(env, key);
    await env.ok('kiosk', 'citizen.login', { userKey: key, otp });
    expect((await env.app.services.accounts.findByLogin('citizen', key))?.consecutiveFailures).toBe(0);
    await env.ok('kiosk', 'session.end', { reason: 'logout' });
    for (let i = 0; i < 4; i++) await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' });
    expect((await env.app.services.accounts.findByLogin('citizen', key))?.locked).toBe(false);
  });

  it('honours a configured number of tries per code (citizen.loginLockThreshold), never locking the key', async () => {
    await env.close();
    env = await file.open({ citizen: { loginLockThreshold: 2 } });
    const key = await reserveAsGuest(env);
    const once = await issueOtp(env, key);
    await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' });
    expect((await env.call('kiosk', 'citizen.login', { userKey: key, otp: once })).ok).toBe(true);
    await env.ok('kiosk', 'session.end', { reason: 'logout' });
    const twice = await issueOtp(env, key);
    await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' });
    await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'Wrong234' });
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: twice })).toEqual(loginFailed);
    expect((await env.app.services.accounts.findByLogin('citizen', key))?.locked).toBe(false);
  });

  it('cannot log a citizen without a mail address in: no code can reach them', async () => {
    const receipt = await env.ok('t1', 'city.reserve', { name: '窓口 一郎', phone: '09012345678', slotId: env.catalogue.slots.roomy });
    expect(receipt.mailed).toBe(false);
    const row = await env.app.store.get<{ k: string }>("SELECT login_id AS k FROM accounts WHERE kind = 'citizen'");
    if (!row) throw new Error('no citizen account');
    const key = row.k;
    expect(await env.call('t1', 'citizen.otp.issue', { userKey: key, email: 'guess@example.jp' })).toEqual({ ok: true, data: { validMinutes: 60 } });
    expect(await otpRows()).toBe(0);
    expect(await env.call('kiosk', 'citizen.login', { userKey: key, otp: 'AbCd2345' })).toEqual(loginFailed);
  });
});

describe('abuse limits', () => {
  it('allows 5 code mails per address and key per hour, then says to try later — registered or not', async () => {
    const key = await reserveAsGuest(env);
    for (let i = 0; i < 5; i++) {
      await env.ok(`t${i}`, 'citizen.otp.issue', { userKey: key, email: applicant.email });
      await env.ok(`t${i}`, 'citizen.otp.issue', { userKey: 'zzzz99999', email: 'nobody@example.jp' });
    }
    const limited = { ok: false, error: { code: 'rate_limited' } };
    expect(await env.call('t9', 'citizen.otp.issue', { userKey: key, email: applicant.email })).toEqual(limited);
    expect(await env.call('t9', 'citizen.otp.issue', { userKey: 'zzzz99999', email: 'nobody@example.jp' })).toEqual(limited);
    // Per key, whatever address is typed; per address, whatever key is typed.
    expect(await env.call('t9', 'citizen.otp.issue', { userKey: key, email: 'other@example.jp' })).toEqual(limited);
    expect(await env.call('t9', 'citizen.otp.issue', { userKey: 'yyyy88888', email: applicant.email })).toEqual(limited);
    // The key reissue counts against the same address.
    expect(await env.call('t9', 'citizen.key.reissue', { email: applicant.email, emailConfirm: applicant.email })).toEqual(limited);
    expect(await env.outboxCount(applicant.email)).toBe(6); // the reservation mail and 5 codes

    env.clock.advance(HOUR + 1);
    expect((await env.call('t9', 'citizen.otp.issue', { userKey: key, email: applicant.email })).ok).toBe(true);
  });

  it('limits requests per terminal', async () => {
    await env.close();
    env = await file.open({ citizen: { terminalRequestsPerHour: 3 } });
    for (let i = 0; i < 3; i++) await env.ok('kiosk', 'citizen.otp.issue', { userKey: `abcd0000${i}`, email: `p${i}@example.jp` });
    expect(await env.call('kiosk', 'citizen.otp.issue', { userKey: 'abcd00009', email: 'p9@example.jp' })).toEqual({ ok: false, error: { code: 'rate_limited' } });
    expect((await env.call('kiosk-2', 'citizen.otp.issue', { userKey: 'abcd00009', email: 'p9@example.jp' })).ok).toBe(true);
  });

  it('keeps no mail address in clear in the counters', async () => {
    await env.call('t1', 'citizen.otp.issue', { userKey: 'abcd00001', email: 'secret.person@example.jp' });
    const buckets = await env.app.store.all<{ bucket: string }>('SELECT bucket FROM rate_events');
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.some((b) => b.bucket.includes('secret.person'))).toBe(false);
  });
});
