// The forced password change clears the pending action of the session that made it, not of whoever
// holds the terminal once the new password is hashed: a patron logging in there meanwhile (with an
// initial password) must still be made to change theirs.
import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../../src-main/auth/secrets';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv } from './library-env';

let env: LibraryEnv;

const file = envPerTest(openLibraryEnv, (opened) => {
  env = opened;
});

describe('change_password on a terminal whose session changed meanwhile', () => {
  it('keeps the next patron’s change_password and still sets the first patron’s password', async () => {
    // The new password hashes at a real cost; the second patron's initial password was hashed at a
    // lower one (an older installation), so their login ends first.
    env = await file.open({ security: { kdf: { N: 2 ** 15 } } });
    const first = await env.register('1985-08-08');
    const second = await env.register('1990-12-03');
    await env.app.services.accounts.setCredential(second.accountId, 'password', await hashSecret('1203', { N: 1024, r: 8, p: 1 }), true);

    expect((await env.ok('k', 'library.login', { cardNumber: first.cardNumber, password: '0808' })).requiredAction).toBe('change_password');
    const changing = env.call('k', 'library.password.change', { newPassword: 'quiet-river-42', confirmPassword: 'quiet-river-42' });
    await env.ok('k', 'session.end', { reason: 'logout' });
    expect((await env.ok('k', 'library.login', { cardNumber: second.cardNumber, password: '1203' })).requiredAction).toBe('change_password');
    await changing;

    const current = await env.ok('k', 'session.current', {});
    expect(current?.loginId).toBe(second.cardNumber);
    expect(current?.requiredAction).toBe('change_password');
    expect(await env.call('k', 'library.summary', {})).toEqual({ ok: false, error: { code: 'action_required' } });
    // The first patron's new password is in place all the same.
    expect((await env.ok('k2', 'library.login', { cardNumber: first.cardNumber, password: 'quiet-river-42' })).requiredAction).toBeNull();
  });
});
