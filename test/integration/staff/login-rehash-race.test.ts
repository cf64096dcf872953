// A login whose stored hash is upgraded to the current cost hashes once more after the check. An
// account locked or put under 事故登録 on another terminal during that time must not be left with a
// session: its sessions end at that change, so the session has to exist by then.
import { AsyncResource } from 'node:async_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../../src-main/auth/secrets';
import { setAccident } from '../../../src-main/auth/lockout';
import { type StaffEnv, staffEnv } from './staff-env';

let env: StaffEnv;
afterEach(async () => {
  await env?.close();
});

/** Made at load, outside any transaction: where another terminal's calls start from. */
const otherTerminal = new AsyncResource('other-terminal');
const WEAK = { N: 1024, r: 8, p: 1 };

describe('staff login while the PIN hash is upgraded', () => {
  it('leaves no session when 事故登録 is set meanwhile', async () => {
    env = await staffEnv({ security: { kdf: { N: 2 ** 15 } } });
    const { staffId, accountId } = await env.clerk([], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const { accounts } = env.app.services;
    await accounts.setCredential(accountId, 'pin', await hashSecret('hana2468', WEAK));

    // Another terminal acts just after the PIN was found right, while the new hash is computed.
    let stopping: Promise<unknown> | undefined;
    accounts.onStatusChange((account, events) => {
      if (account.id === accountId && events.includes('login_succeeded')) {
        // As another terminal would: outside the login's async context, whose store calls would
        // otherwise join the login's open transaction.
        setImmediate(() => otherTerminal.runInAsyncScope(() => {
          stopping = accounts.transition(accountId, (s) => setAccident(s, '紛失'), { actor: 'staff:A0001', terminal: 'admin' });
        }));
      }
    });
    const answer = await env.login('k', staffId, 'hana2468');
    await stopping;
    // The session starts in the login's own commit, so the change ends it whenever it commits:
    // before the rehash is done (the login then answers login_failed) or just after it (the login
    // answered ok, and the session is gone at the next call). Which one is a race; no session
    // outliving the change is not.
    if (!answer.ok) expect(answer.error.code).toBe('login_failed');
    expect(await env.ok('k', 'session.current', {})).toBeNull();
  });

  it('does not overwrite a PIN reset made while the old PIN was re-hashed', async () => {
    env = await staffEnv({ security: { kdf: { N: 2 ** 15 } } });
    const { staffId, accountId } = await env.clerk([], { pin: 'hana2468', confirmPin: 'kaku1357' });
    const { accounts } = env.app.services;
    await accounts.setCredential(accountId, 'pin', await hashSecret('hana2468', WEAK));
    const reset = await hashSecret('new2pin5', WEAK);
    let resetting: Promise<void> | undefined;
    accounts.onStatusChange((account, events) => {
      if (account.id === accountId && events.includes('login_succeeded')) {
        // As another terminal would: outside the login's async context, whose store calls would
        // otherwise join the login's open transaction.
        setImmediate(() => otherTerminal.runInAsyncScope(() => {
          resetting = accounts.setCredential(accountId, 'pin', reset, true);
        }));
      }
    });
    await env.login('k', staffId, 'hana2468');
    await resetting;
    expect((await accounts.credential(accountId, 'pin'))?.hash).toBe(reset);
  });
});
