// The pool: concurrent requests each get their own answer over at most poolSize connections, and
// an idle connection sends an SC status before the ILS's idle limit would drop it.
import { afterEach, describe, expect, it } from 'vitest';
import { PATRON_BLOCKED, PATRON_HANAKO, PATRON_ICHIRO } from '../../fixtures/sip2-server/fixture';
import { type Sip2Env, sip2Env } from './sip2-env';

let env: Sip2Env | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const patrons = [
  [PATRON_HANAKO, '山田 花子'],
  [PATRON_BLOCKED, '佐藤 太郎'],
  [PATRON_ICHIRO, '鈴木 一郎'],
] as const;

describe('SIP2 pool', () => {
  it.each([2, 8])('8 kiosks at once over a pool of %i: every answer is its own request\'s', async (poolSize) => {
    env = await sip2Env({ encoding: 'shift_jis' }, { poolSize });
    const calls = Array.from({ length: 8 }, (_, i) => patrons[i % 3] as (typeof patrons)[number]);
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all(calls.map(([id]) => (env as Sip2Env).client.patronStatus({ patronId: id })));
      expect(answers.map((a) => a.personalName)).toEqual(calls.map(([, name]) => name));
      expect(answers.map((a) => a.patronId)).toEqual(calls.map(([id]) => id));
    }
    expect(env.client.connections).toBeLessThanOrEqual(poolSize);
    expect(env.server.logins).toBe(env.client.connections);
    expect(env.server.connections).toBe(poolSize);
  });

  it('a request that waits for a free connection longer than the timeout is "timeout"', async () => {
    env = await sip2Env({}, { poolSize: 1, timeoutMs: 300 });
    await env.client.scStatus();
    env.server.fault({ kind: 'delay', ms: 200 }, 2);
    const [first, second, third] = await Promise.allSettled([
      env.client.patronStatus({ patronId: PATRON_HANAKO }),
      env.client.patronStatus({ patronId: PATRON_ICHIRO }),
      // Free only at about 400 ms: past its 300 ms wait.
      env.client.patronStatus({ patronId: PATRON_BLOCKED }),
    ]);
    expect(first.status === 'fulfilled' && first.value.personalName).toBe('山田 花子');
    expect(second.status === 'fulfilled' && second.value.personalName).toBe('鈴木 一郎');
    expect(third.status === 'rejected' && third.reason).toMatchObject({ name: 'Sip2Error', reason: 'timeout' });
  });

  it('an idle connection sends SC status every statusEvery, and stays logged in', async () => {
    env = await sip2Env({}, { statusEveryMs: 100 });
    await env.client.patronStatus({ patronId: PATRON_HANAKO });
    await new Promise((r) => setTimeout(r, 380));
    const statuses = env.server.received.filter((t) => t.startsWith('99'));
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(env.server.logins).toBe(1);
    expect(env.log.entries.filter((e) => e.event === 'sip2.exchange' && e.detail?.message === '99' && e.detail.outcome === 'ok').length).toBe(statuses.length);
    expect((await env.client.patronStatus({ patronId: PATRON_HANAKO })).personalName).toBe('山田 花子');
  });

  it('closing the client closes its connections', async () => {
    env = await sip2Env({}, { poolSize: 3 });
    await Promise.all([1, 2, 3].map(() => (env as Sip2Env).client.scStatus()));
    expect(env.server.connections).toBe(3);
    await env.client.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(env.server.connections).toBe(0);
    await expect(env.client.scStatus()).rejects.toMatchObject({ name: 'Sip2Error', reason: 'unavailable' });
  });
});
