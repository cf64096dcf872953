// Registering staff, resetting their PINs and resetting a patron's password each hash a new secret
// besides the confirmation PIN. A clerk put under 事故登録 on another terminal while that hashing
// runs has lost their session, so the action they confirmed must not happen after all: the
// competing change is made from inside the hashing step, after the PIN itself was found right.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccident } from '../../../src-main/auth/lockout';
import { errorOf, pinPair, type StaffEnv, staffEnv } from './staff-env';

const CLERK = { pin: 'hana2468', confirmPin: 'kaku1357' };
const ADMIN_TERMINAL = { actor: 'staff:A0001', terminal: 'admin' };

let env: StaffEnv;
afterEach(async () => {
  vi.restoreAllMocks();
  await env?.close();
});

async function loggedInClerk(permissions: Parameters<StaffEnv['clerk']>[0]): Promise<number> {
  env = await staffEnv({ citizen: { evenAnswerMs: 0 } });
  const { staffId, accountId } = await env.clerk(permissions, CLERK);
  await env.ok('c', 'staff.login', { staffId, pin: CLERK.pin });
  return accountId;
}

async function stopClerk(accountId: number): Promise<void> {
  await env.app.services.accounts.transition(accountId, (s) => setAccident(s, '紛失'), ADMIN_TERMINAL);
}

/** Puts the clerk under 事故登録 when the new PINs start hashing. */
function stopWhenPinsHash(clerkId: number): void {
  const { staff } = env.app.services.staff;
  const hashPins = staff.hashPins.bind(staff);
  vi.spyOn(staff, 'hashPins').mockImplementation(async (pair) => {
    await stopClerk(clerkId);
    return hashPins(pair);
  });
}

describe('a confirmed action whose confirmer is stopped while its new secret is hashed', () => {
  it('registers no staff account', async () => {
    const clerkId = await loggedInClerk(['staff_management']);
    const registered = async () => (await env.app.services.audit.list({ action: 'admin.staff.register' })).length;
    const before = await registered();
    stopWhenPinsHash(clerkId);

    const answer = await env.call('c', 'admin.staff.register', {
      nameKana: 'ｼﾝｷ',
      nameKanji: null,
      role: 'clerk',
      permissions: [],
      pins: pinPair('tmpn7x9q', 'tmpn7x8w'),
      confirmPin: CLERK.confirmPin,
    });

    expect(errorOf(answer).code).toBe('session_expired');
    expect(await registered()).toBe(before);
    expect(await env.app.store.get("SELECT count(*) AS n FROM accounts WHERE kind = 'staff'")).toEqual({ n: 2 });
    expect(await env.ok('c', 'session.current', {})).toBeNull();
  });

  it('leaves another clerk’s PINs as they were', async () => {
    const clerkId = await loggedInClerk(['staff_management']);
    const target = await env.clerk([], { pin: 'sora2468', confirmPin: 'sora1357' });
    const { accounts } = env.app.services;
    const pinBefore = await accounts.credential(target.accountId, 'pin');
    stopWhenPinsHash(clerkId);

    const answer = await env.call('c', 'admin.staff.update', {
      accountId: target.accountId,
      nameKana: 'ｶﾜﾘ',
      nameKanji: null,
      permissions: ['audit_log'],
      pins: pinPair('tmpu7x9q', 'tmpu7x8w'),
      confirmPin: CLERK.confirmPin,
    });

    expect(errorOf(answer).code).toBe('session_expired');
    expect(await accounts.credential(target.accountId, 'pin')).toEqual(pinBefore);
    expect(await env.app.services.audit.list({ action: 'admin.staff.update' })).toEqual([]);
    expect((await env.login('t', target.staffId, 'sora2468')).ok).toBe(true);
  });

  it.each(['console', 'counter'] as const)('leaves the patron’s password as it was (%s)', async (where) => {
    const clerkId = await loggedInClerk(['patron_password_reset']);
    const { registration } = env.app.services.library;
    const patron = await registration.register(
      { name: '図書 一郎', kana: 'トショ イチロウ', birthDate: '1990-07-14', email: 'ichiro@example.jp' },
      { actor: 'test', terminal: 't' },
    );
    const { accounts } = env.app.services;
    const passwordBefore = await accounts.credential(patron.accountId, 'password');
    const mails = () => env.app.store.get('SELECT count(*) AS n FROM outbox');
    const mailsBefore = await mails();
    const prepare = registration.preparePasswordReset.bind(registration);
    vi.spyOn(registration, 'preparePasswordReset').mockImplementation(async (accountId) => {
      await stopClerk(clerkId);
      return prepare(accountId);
    });

    const input = { accountId: patron.accountId, identityDocument: 'passport' as const, confirmPin: CLERK.confirmPin };
    const answer =
      where === 'console'
        ? await env.call('c', 'admin.patron.resetPassword', input)
        : await env.call('c', 'counter.patron.resetPassword', input);

    expect(errorOf(answer).code).toBe('session_expired');
    expect(await accounts.credential(patron.accountId, 'password')).toEqual(passwordBefore);
    expect(await env.app.services.audit.list({ action: `${where}.patron_reset` })).toEqual([]);
    expect(await env.app.services.audit.list({ action: 'patron.password_reset' })).toEqual([]);
    expect(await mails()).toEqual(mailsBefore);
  });
});
