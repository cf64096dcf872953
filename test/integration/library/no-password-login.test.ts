// A patron with no stored password (never set up) must fail a login after the same hashing work as
// a wrong password: answering at once would tell whoever types card numbers which cards have none.
// The work is checked by what runs (the login guard's decoy hash), not by timing, so the test
// cannot flake on a loaded machine.
import { describe, expect, it, vi } from 'vitest';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv } from './library-env';

let env: LibraryEnv;

const file = envPerTest(openLibraryEnv, (opened) => {
  env = opened;
});

describe('patron login to a card without a password', () => {
  it('fails as a wrong password does: counted, and after a decoy hash', async () => {
    env = await file.open();
    const withPassword = await env.register('1985-08-08');
    const without = await env.register('1990-01-02');
    await env.app.services.accounts.deleteCredential(without.accountId, 'password');
    const decoy = vi.spyOn(env.app.services.login, 'decoyCheck');

    const wrong = await env.call('k1', 'library.login', { cardNumber: withPassword.cardNumber, password: '9999' });
    expect(wrong).toEqual({ ok: false, error: { code: 'login_failed' } });
    expect(decoy).not.toHaveBeenCalled();

    for (const terminal of ['k2', 'k3']) {
      const answer = await env.call(terminal, 'library.login', { cardNumber: without.cardNumber, password: '0102' });
      expect(answer).toEqual({ ok: false, error: { code: 'login_failed' } });
    }
    expect(decoy).toHaveBeenCalledTimes(2);
    expect((await env.app.services.accounts.get(without.accountId))?.consecutiveFailures).toBe(2);
  });
});
