// An address the provider has not confirmed (email_verified not true) could be anyone's: keeping it
// would send the 利用者キー there and let its owner reset the new account's password by mail. The
// account is made without an address, and the kiosk is told that no mail went out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type IdpAccount, IDP_ACCOUNTS, type TestIdp, startIdp } from '../../fixtures/idp';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { auditActions, type IdentityEnv, openIdentityEnv } from './identity-env';

const UNVERIFIED: IdpAccount = {
  ...(IDP_ACCOUNTS[0] as IdpAccount),
  sub: 'xid-unverified-saburo',
  name: '日高 三郎',
  familyName: '日高',
  givenName: '三郎',
  email: 'saburo.hidaka@example.jp',
  emailVerified: false,
};

let mailbox: Mailbox;
let idp: TestIdp;
let env: IdentityEnv;

beforeAll(async () => {
  mailbox = await startMailbox();
  idp = await startIdp({ accounts: [UNVERIFIED] });
});
afterAll(async () => {
  await idp.close();
  await mailbox.stop();
});
afterEach(async () => {
  await env?.close();
  mailbox.clear();
});

describe('xIDで新規登録 with an unconfirmed mail address', () => {
  it('keeps no address, mails nothing and says so', async () => {
    env = await openIdentityEnv(mailbox, { identity: { issuer: idp.issuer, clientId: idp.clientId } });
    const code = await env.ok('identity.start', { purpose: 'register' });
    const waiting = env.call('identity.wait', {});
    await idp.phone.approve(code.verificationUriComplete, UNVERIFIED.sub);
    const result = await waiting;
    if (!result.ok || result.data.outcome !== 'registered') throw new Error(`not registered: ${JSON.stringify(result)}`);

    expect(result.data.mailed).toBe(false);
    const profile = await env.app.store.get<{ email: string | null; address: string | null }>(
      `SELECT p.email, p.address FROM accounts a JOIN citizen_profiles p ON p.account_id = a.id WHERE a.login_id = ?`,
      [result.data.userKey],
    );
    // The other claims are still taken.
    expect(profile).toEqual({ email: null, address: UNVERIFIED.address.formatted });
    expect(await auditActions(env.app, 'identity.xid_register')).toEqual([{ outcome: 'ok', target: `citizen:${result.data.userKey}`, detail: '{"mailed":false}' }]);

    // Nor can the address ask for a password reset code for the new account.
    await env.ok('identity.password.reset.request', { email: UNVERIFIED.email, locale: 'ja' });
    expect(await env.app.store.get('SELECT count(*) AS n FROM outbox')).toEqual({ n: 0 });
  });
});
