// A patron login that upgrades the stored hash hashes once more after the check; 事故登録 set on
// another terminal during that time must leave no session, and a counter reset made meanwhile must
// not be overwritten by the old password.
import { AsyncResource } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { setAccident } from '../../../src-main/auth/lockout';
import { hashSecret } from '../../../src-main/auth/secrets';
import { envPerTest } from '../../fixtures/env-per-test';
import { type LibraryEnv, openLibraryEnv } from './library-env';

let env: LibraryEnv;

const file = envPerTest(openLibraryEnv, (opened) => {
  env = opened;
});

/** Made at load, outside any transaction: where another terminal's calls start from. */
const otherTerminal = new AsyncResource('other-terminal');
const WEAK = { N: 1024, r: 8, p: 1 };

describe('patron login while the password hash is upgraded', () => {
  it('leaves no session when 事故登録 is set meanwhile', async () => {
    env = await file.open({ security: { kdf: { N: 2 ** 15 } } });
    const p = await env.register('1985-08-08');
    const { accounts } = env.app.services;
    await accounts.setCredential(p.accountId, 'password', await hashSecret('quiet-river-42', WEAK), false);
    let stopping: Promise<unknown> | undefined;
    accounts.onStatusChange((account, events) => {
      if (account.id === p.accountId && events.includes('login_succeeded')) {
        // As another terminal would: outside the login's async context, whose store calls would
        // otherwise join the login's open transaction.
        setImmediate(() => otherTerminal.runInAsyncScope(() => {
          stopping = accounts.transition(p.accountId, (s) => setAccident(s, '紛失'), { actor: 'staff:A0001', terminal: 'admin' });
        }));
      }
    });
    const answer = await env.call('k', 'library.login', { cardNumber: p.cardNumber, password: 'quiet-river-42' });
    await stopping;
    // The session starts in the login's own commit, so the change ends it whenever it commits:
    // before the rehash is done (the login then answers login_failed) or just after it (the login
    // answered ok, and the session is gone at the next call). Which one is a race; no session
    // outliving the change is not.
    if (!answer.ok) expect(answer.error.code).toBe('login_failed');
    expect(await env.ok('k', 'session.current', {})).toBeNull();
  });

  it('keeps a password reset made while the old password was re-hashed', async () => {
    env = await file.open({ security: { kdf: { N: 2 ** 15 } } });
    const p = await env.register('1985-08-08');
    const { accounts } = env.app.services;
    await accounts.setCredential(p.accountId, 'password', await hashSecret('quiet-river-42', WEAK), false);
    const reset = await hashSecret('0808', WEAK);
    let resetting: Promise<void> | undefined;
    accounts.onStatusChange((account, events) => {
      if (account.id === p.accountId && events.includes('login_succeeded')) {
        setImmediate(() => otherTerminal.runInAsyncScope(() => {
          resetting = accounts.setCredential(p.accountId, 'password', reset, true);
        }));
      }
    });
    await env.call('k', 'library.login', { cardNumber: p.cardNumber, password: 'quiet-river-42' });
    await resetting;
    expect(await accounts.credential(p.accountId, 'password')).toMatchObject({ hash: reset, mustChange: true });
  });
});
