// A patron with no stored password (never set up) must fail a login after the same hashing work as
// a wrong password: answering at once would tell whoever types card numbers which cards have none.
import { describe, expect, it } from 'vitest';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv, type TestPatron } from './library-env';

let env: LibraryEnv;

const file = envPerTest(openLibraryEnv, (opened) => {
  env = opened;
});

/** The fastest of two failed logins, in ms: the least the hashing cost on this machine. */
async function fastestFailure(p: TestPatron, password: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const answer = await env.call(`k${i}`, 'library.login', { cardNumber: p.cardNumber, password });
    times.push(performance.now() - started);
    expect(answer).toEqual({ ok: false, error: { code: 'login_failed' } });
  }
  return Math.min(...times);
}

describe('patron login to a card without a password', () => {
  it('fails as a wrong password does, counted and after the same hashing work', async () => {
    // A cost high enough that one hash stands far above the rest of a login.
    env = file.open({ security: { kdf: { N: 2 ** 15 } } });
    const withPassword = await env.register('1985-08-08');
    const without = await env.register('1990-01-02');
    env.app.services.accounts.deleteCredential(without.accountId, 'password');

    const wrong = await fastestFailure(withPassword, '9999');
    const none = await fastestFailure(without, '0102');

    expect(env.app.services.accounts.get(without.accountId)?.consecutiveFailures).toBe(2);
    expect(none).toBeGreaterThan(wrong / 2);
  });
});
