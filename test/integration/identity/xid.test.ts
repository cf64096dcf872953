// xID registration, login, linking and the ways a device flow can end, against a real OpenID
// Connect provider on 127.0.0.1 whose "phone" walks its verification pages over HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { USER_KEY_PATTERN } from '../../../src-shared/fields';
import { type TestIdp, startIdp } from '../../fixtures/idp';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { auditActions, type IdentityEnv, openIdentityEnv, TERMINAL } from './identity-env';

const TARO = 'xid-toyooka-taro';
const HANAKO = 'xid-kinosaki-hanako';

let mailbox: Mailbox;
let idp: TestIdp;
let env: IdentityEnv;

beforeAll(async () => {
  mailbox = await startMailbox();
  idp = await startIdp();
});
afterAll(async () => {
  await idp.close();
  await mailbox.stop();
});
afterEach(async () => {
  await env?.close();
  mailbox.clear();
});

async function open(): Promise<IdentityEnv> {
  env = await openIdentityEnv(mailbox, { identity: { issuer: idp.issuer, clientId: idp.clientId } });
  return env;
}

/** Starts a flow, lets the phone approve as `sub` while the kiosk waits, and returns the outcome. */
async function approveAs(e: IdentityEnv, purpose: 'register' | 'login', sub: string, terminal = TERMINAL) {
  const code = await e.ok('identity.start', { purpose }, terminal);
  const waiting = e.call('identity.wait', {}, terminal);
  await idp.phone.approve(code.verificationUriComplete, sub);
  return waiting;
}

interface ProfileRow {
  name: string;
  email: string | null;
  postal_code: string | null;
  address: string | null;
  phone: string;
  identity_verified: number;
  xid_sub: string | null;
  birthdate: string | null;
  origin: string | null;
}

function profileOf(e: IdentityEnv, userKey: string): Promise<ProfileRow | undefined> {
  return e.app.store.get<ProfileRow>(
    `SELECT a.display_name AS name, p.email, p.postal_code, p.address, p.phone, p.identity_verified, p.xid_sub, i.birthdate, i.origin
     FROM accounts a JOIN citizen_profiles p ON p.account_id = a.id LEFT JOIN citizen_identity i ON i.account_id = a.id
     WHERE a.kind = 'citizen' AND a.login_id = ?`,
    [userKey],
  );
}

describe('xIDで新規登録', () => {
  it('shows a code and QR, creates an identity-verified account from the claims, mails the 利用者キー and logs in', async () => {
    const e = await open();
    const code = await e.ok('identity.start', { purpose: 'register' });
    expect(code.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(code.verificationUri).toBe(`${idp.issuer}/device`);
    expect(code.verificationUriComplete).toContain(encodeURIComponent(code.userCode).replace('%2D', '-'));
    expect(code.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(code.qrDataUrl.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
    expect(code.expiresInSeconds).toBe(600);

    const waiting = e.call('identity.wait', {});
    await idp.phone.approve(code.verificationUriComplete, TARO);
    const result = await waiting;
    expect(result.ok).toBe(true);
    if (!result.ok || result.data.outcome !== 'registered') throw new Error('not registered');
    expect(result.data.displayName).toBe('豊岡 太郎');
    expect(result.data.userKey).toMatch(USER_KEY_PATTERN);
    expect(result.data.mailed).toBe(true);

    expect(await profileOf(e, result.data.userKey)).toEqual({
      name: '豊岡 太郎',
      email: 'taro.toyooka@example.jp',
      postal_code: '6688666',
      address: '兵庫県豊岡市中央町2番4号',
      phone: '',
      identity_verified: 1,
      xid_sub: TARO,
      birthdate: '1985-04-12',
      origin: 'register',
    });
    const session = await e.ok('session.current', {});
    expect(session).toMatchObject({ kind: 'citizen', loginId: result.data.userKey, displayName: '豊岡 太郎' });

    const mail = await e.mail('taro.toyooka@example.jp', 'xIDで新規登録が完了しました');
    expect(mail.subject).toBe('【窓口e-予約システム】xIDで新規登録が完了しました');
    expect(mail.text).toContain(result.data.userKey);
    expect(mail.text).toContain('パスワードの再設定');
    expect(await auditActions(e.app, 'identity.xid_register')).toEqual([{ outcome: 'ok', target: `citizen:${result.data.userKey}`, detail: '{"mailed":true}' }]);
    expect(e.holdsNothing()).toBe(true);
  });

  it('accepts the user code typed on the plain verification page as well', async () => {
    const e = await open();
    const code = await e.ok('identity.start', { purpose: 'register' });
    const waiting = e.call('identity.wait', {});
    await idp.phone.approveByCode(code.verificationUri, code.userCode.toLowerCase(), HANAKO);
    const result = await waiting;
    expect(result.ok && result.data.outcome).toBe('registered');
  });

  it('offers login instead when the xID already has an account, and logs in without a second scan', async () => {
    const e = await open();
    const first = await approveAs(e, 'register', TARO);
    if (!first.ok || first.data.outcome !== 'registered') throw new Error('not registered');
    await e.ok('session.end', { reason: 'logout' });

    const again = await approveAs(e, 'register', TARO);
    expect(again).toEqual({ ok: true, data: { outcome: 'known_sub' } });
    expect(await e.ok('session.current', {})).toBeNull();
    expect(await e.app.store.get("SELECT count(*) AS n FROM accounts WHERE kind = 'citizen'")).toEqual({ n: 1 });

    const proceeded = await e.ok('identity.proceed', { action: 'login' });
    expect(proceeded).toEqual({ outcome: 'logged_in', displayName: '豊岡 太郎' });
    expect(await e.ok('session.current', {})).toMatchObject({ loginId: first.data.userKey });
    // The held identity is used once.
    expect(await e.call('identity.proceed', { action: 'login' })).toEqual({ ok: false, error: { code: 'expired' } });
  });
});

describe('xIDでログイン', () => {
  it('logs a known xID in to its account', async () => {
    const e = await open();
    const registered = await approveAs(e, 'register', TARO);
    if (!registered.ok || registered.data.outcome !== 'registered') throw new Error('not registered');
    await e.ok('session.end', { reason: 'logout' });

    const login = await approveAs(e, 'login', TARO, 'kiosk-2');
    expect(login).toEqual({ ok: true, data: { outcome: 'logged_in', displayName: '豊岡 太郎' } });
    expect(await e.ok('session.current', {}, 'kiosk-2')).toMatchObject({ kind: 'citizen', loginId: registered.data.userKey });
    expect((await auditActions(e.app, 'account.login_succeeded')).length).toBe(2);
  });

  it('offers registration for an unknown xID, which then registers from the identity already verified', async () => {
    const e = await open();
    const login = await approveAs(e, 'login', HANAKO);
    expect(login).toEqual({ ok: true, data: { outcome: 'unknown_sub' } });
    expect(await e.ok('session.current', {})).toBeNull();
    const registered = await e.ok('identity.proceed', { action: 'register', locale: 'en' });
    expect(registered).toMatchObject({ outcome: 'registered', displayName: '城崎 花子', mailed: true });
    const mail = await e.mail('hanako.kinosaki@example.jp', 'Your registration with xID is complete');
    expect(mail.text).toContain('Dear 城崎 花子');
  });

  it('forgets the verified identity after five minutes', async () => {
    const e = await open();
    expect(await approveAs(e, 'login', HANAKO)).toEqual({ ok: true, data: { outcome: 'unknown_sub' } });
    e.clock.advance(5 * 60_000);
    expect(await e.call('identity.proceed', { action: 'register' })).toEqual({ ok: false, error: { code: 'expired' } });
    expect(await e.app.store.get("SELECT count(*) AS n FROM accounts WHERE kind = 'citizen'")).toEqual({ n: 0 });
  });

  it('refuses a locked (利用中止) account with the generic answer and an 事故登録 account with its own', async () => {
    const e = await open();
    const registered = await approveAs(e, 'register', TARO);
    if (!registered.ok || registered.data.outcome !== 'registered') throw new Error('not registered');
    await e.ok('session.end', { reason: 'logout' });
    const account = await e.app.services.accounts.findByLogin('citizen', registered.data.userKey);
    if (!account) throw new Error('no account');
    const by = { actor: 'staff:A0001', terminal: 'counter-1' };

    await e.app.services.accounts.transition(account.id, (s) => ({ status: { ...s, locked: true }, events: ['locked'] }), by);
    expect(await approveAs(e, 'login', TARO)).toEqual({ ok: false, error: { code: 'login_failed' } });

    await e.app.services.accounts.transition(account.id, (s) => ({ status: { ...s, locked: false, accident: true, accidentReason: 'カード紛失' }, events: ['accident_set'] }), by);
    expect(await approveAs(e, 'login', TARO)).toEqual({ ok: false, error: { code: 'account_accident' } });
    expect(await e.ok('session.current', {})).toBeNull();
    expect((await auditActions(e.app, 'identity.xid_login')).map((r) => r.outcome)).toEqual(['denied', 'denied']);
  });
});

describe('linking xID to an account', () => {
  async function citizenSession(e: IdentityEnv, name: string, email: string): Promise<string> {
    const { accounts, citizen, sessions } = e.app.services;
    const account = await accounts.create('citizen', 'abcd12345', name);
    await citizen.profiles.insert(account.id, { phone: '0796230111', email, postalCode: null, address: null }, 'ja', e.clock.now());
    await sessions.start(TERMINAL, { accountId: account.id, kind: 'citizen', loginId: account.loginId, displayName: name, role: null, permissions: [], requiredAction: null });
    return account.loginId;
  }

  it('links the xID of a citizen logged in by OTP, once, and tells them by mail', async () => {
    const e = await open();
    const userKey = await citizenSession(e, '出石 次郎', 'jiro.izushi@example.jp');
    expect(await e.ok('identity.link.status', {})).toEqual({ linked: false });

    const code = await e.ok('identity.link.start', {});
    const waiting = e.call('identity.wait', {});
    await idp.phone.approve(code.verificationUriComplete, 'xid-izushi-jiro');
    expect(await waiting).toEqual({ ok: true, data: { outcome: 'linked' } });
    expect(await profileOf(e, userKey)).toMatchObject({ xid_sub: 'xid-izushi-jiro', identity_verified: 1, birthdate: '1978-01-30', origin: 'link', phone: '0796230111' });
    expect(await e.ok('identity.link.status', {})).toEqual({ linked: true });
    const mail = await e.mail('jiro.izushi@example.jp', 'xIDとの連携を設定しました');
    expect(mail.text).toContain(userKey);

    // One xID per account: a second link is refused before any code is issued.
    expect(await e.call('identity.link.start', {})).toEqual({ ok: false, error: { code: 'conflict' } });

    // The linked xID now logs in to that account.
    await e.ok('session.end', { reason: 'logout' });
    expect(await approveAs(e, 'login', 'xid-izushi-jiro')).toEqual({ ok: true, data: { outcome: 'logged_in', displayName: '出石 次郎' } });
  });

  it('refuses an xID that already belongs to another account (one account per xID)', async () => {
    const e = await open();
    expect(await approveAs(e, 'register', TARO, 'kiosk-9')).toMatchObject({ ok: true, data: { outcome: 'registered' } });
    const userKey = await citizenSession(e, '豊岡 太郎', 'taro.second@example.jp');
    const code = await e.ok('identity.link.start', {});
    const waiting = e.call('identity.wait', {});
    await idp.phone.approve(code.verificationUriComplete, TARO);
    expect(await waiting).toEqual({ ok: false, error: { code: 'conflict' } });
    expect(await profileOf(e, userKey)).toMatchObject({ xid_sub: null, identity_verified: 0 });
    expect(await auditActions(e.app, 'identity.xid_link')).toEqual([{ outcome: 'denied', target: `citizen:${userKey}`, detail: '{"reason":"already_linked"}' }]);
  });

  it('needs a citizen session to link', async () => {
    const e = await open();
    expect(await e.call('identity.link.start', {})).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('how a device flow ends without approval', () => {
  it('says the citizen declined when they abort on the phone', async () => {
    const e = await open();
    const code = await e.ok('identity.start', { purpose: 'register' });
    const waiting = e.call('identity.wait', {});
    await idp.phone.deny(code.verificationUriComplete);
    expect(await waiting).toEqual({ ok: false, error: { code: 'denied' } });
    expect(await e.app.store.get('SELECT count(*) AS n FROM accounts')).toEqual({ n: 0 });
  });

  it('stops at once on キャンセル, and the code can no longer log anyone in', async () => {
    const e = await open();
    const code = await e.ok('identity.start', { purpose: 'register' });
    const waiting = e.call('identity.wait', {});
    await new Promise((r) => setTimeout(r, 150));
    const polled = e.waits.length;
    expect(await e.ok('identity.cancel', {})).toBeNull();
    expect(await waiting).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(e.holdsNothing()).toBe(true);
    // Approving afterwards changes nothing at the kiosk: nobody polls that code any more.
    await idp.phone.approve(code.verificationUriComplete, TARO);
    await new Promise((r) => setTimeout(r, 300));
    expect(e.waits.length).toBe(polled);
    expect(await e.app.store.get('SELECT count(*) AS n FROM accounts')).toEqual({ n: 0 });
    expect(await e.call('identity.wait', {})).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('stops when the idle countdown ends the terminal', async () => {
    const e = await open();
    await e.ok('identity.start', { purpose: 'login' });
    const waiting = e.call('identity.wait', {});
    await e.ok('session.end', { reason: 'idle' });
    expect(await waiting).toEqual({ ok: false, error: { code: 'cancelled' } });
  });

  it('a new code replaces the one still being waited for', async () => {
    const e = await open();
    await e.ok('identity.start', { purpose: 'register' });
    const first = e.call('identity.wait', {});
    const second = await e.ok('identity.start', { purpose: 'register' });
    expect(await first).toEqual({ ok: false, error: { code: 'cancelled' } });
    const waiting = e.call('identity.wait', {});
    await idp.phone.approve(second.verificationUriComplete, TARO);
    expect(await waiting).toMatchObject({ ok: true, data: { outcome: 'registered' } });
  });

  it('says expired when the kiosk clock passes the code lifetime', async () => {
    const e = await open();
    await e.ok('identity.start', { purpose: 'register' });
    const waiting = e.call('identity.wait', {});
    await new Promise((r) => setTimeout(r, 150));
    e.clock.advance(600_000);
    expect(await waiting).toEqual({ ok: false, error: { code: 'expired' } });
  });
});

describe('a provider whose codes expire quickly', () => {
  it('answers expired when the issuer reports expired_token', async () => {
    const shortIdp = await startIdp({ deviceCodeTtlSeconds: 1 });
    try {
      env = await openIdentityEnv(mailbox, { identity: { issuer: shortIdp.issuer, clientId: shortIdp.clientId } });
      const code = await env.ok('identity.start', { purpose: 'login' });
      expect(code.expiresInSeconds).toBe(1);
      // The kiosk's fake clock stands still, so only the issuer can say the code expired.
      expect(await env.call('identity.wait', {})).toEqual({ ok: false, error: { code: 'expired' } });
    } finally {
      await shortIdp.close();
    }
  });

  it('caps the lifetime at maxDeviceCodeSeconds', async () => {
    env = await openIdentityEnv(mailbox, { identity: { issuer: idp.issuer, clientId: idp.clientId, maxDeviceCodeSeconds: 120 } });
    expect((await env.ok('identity.start', { purpose: 'login' })).expiresInSeconds).toBe(120);
  });
});

describe('a confidential client', () => {
  it('authenticates with client_secret_basic when a secret is configured', async () => {
    const secretIdp = await startIdp({ clientSecret: 'kiosk-secret-for-tests' });
    try {
      env = await openIdentityEnv(mailbox, { identity: { issuer: secretIdp.issuer, clientId: secretIdp.clientId, clientSecret: 'kiosk-secret-for-tests' } });
      const code = await env.ok('identity.start', { purpose: 'register' });
      const waiting = env.call('identity.wait', {});
      await secretIdp.phone.approve(code.verificationUriComplete, TARO);
      expect(await waiting).toMatchObject({ ok: true, data: { outcome: 'registered' } });
    } finally {
      await secretIdp.close();
    }
  });
});

describe('configuration', () => {
  it('hides xID without an issuer', async () => {
    env = await openIdentityEnv(mailbox);
    expect((await env.ok('terminal.info', {})).identity).toEqual({ enabled: false, providerName: 'xID' });
    expect(await env.call('identity.start', { purpose: 'login' })).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('shows xID under the configured name, and says unavailable when the issuer cannot be reached', async () => {
    env = await openIdentityEnv(mailbox, { identity: { issuer: 'http://127.0.0.1:9', providerName: 'マイナID' } });
    expect((await env.ok('terminal.info', {})).identity).toEqual({ enabled: true, providerName: 'マイナID' });
    expect(await env.call('identity.start', { purpose: 'register' })).toEqual({ ok: false, error: { code: 'unavailable' } });
    // The other logins keep working.
    expect(await env.call('identity.password.login', { email: 'nobody@example.jp', password: 'whatever-it-is' })).toEqual({
      ok: false,
      error: { code: 'login_failed' },
    });
  });
});
