// The polling rules against a scripted token endpoint: slow_down, dropped connections and 503s,
// which oidc-provider never produces.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Mailbox, startMailbox } from '../../fixtures/smtp-capture';
import { type FakeIssuer, startFakeIssuer, type TokenAnswer } from './fake-issuer';
import { type IdentityEnv, openIdentityEnv } from './identity-env';

// Every table of the app, whichever store it runs on.
const SQLITE_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'";
const POSTGRES_TABLES = "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";

let mailbox: Mailbox;
let issuer: FakeIssuer | null = null;
let env: IdentityEnv | null = null;

beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(async () => {
  await mailbox.stop();
});
afterEach(async () => {
  await env?.close();
  await issuer?.close();
  env = null;
  issuer = null;
});

async function runFlow(script: TokenAnswer[], interval?: number) {
  issuer = await startFakeIssuer(script, { interval });
  env = await openIdentityEnv(mailbox, { identity: { issuer: issuer.issuer } });
  const code = await env.ok('identity.start', { purpose: 'register' });
  expect(code.userCode).toBe('ABCD-EFGH');
  return { result: await env.call('identity.wait', {}), waits: env.waits, requests: issuer.tokenRequests };
}

describe('polling a token endpoint', () => {
  it('honours slow_down: 5 more seconds for that poll and every later one', async () => {
    const { result, waits, requests } = await runFlow(['pending', 'slow_down', 'pending', 'approve'], 2);
    expect(result).toMatchObject({ ok: true, data: { outcome: 'registered', displayName: '但東 三郎', mailed: true } });
    expect(waits).toEqual([2, 2, 7, 7]);
    expect(requests).toBe(4);
  });

  it('waits 5 seconds between polls when the server gives no interval', async () => {
    const { waits } = await runFlow(['pending', 'pending', 'approve']);
    expect(waits).toEqual([5, 5, 5]);
  });

  it('backs off while the connection drops or the server answers 503, and carries on when it recovers', async () => {
    const { result, waits } = await runFlow(['drop', 'server_error', 'pending', 'approve'], 3);
    expect(result).toMatchObject({ ok: true, data: { outcome: 'registered' } });
    expect(waits).toEqual([3, 6, 12, 3]);
  });

  it('says unavailable when the provider stays unreachable', async () => {
    const { result, waits, requests } = await runFlow(['drop', 'drop', 'server_error', 'drop', 'approve'], 1);
    expect(result).toEqual({ ok: false, error: { code: 'unavailable' } });
    expect(waits).toEqual([1, 2, 4, 8]);
    expect(requests).toBe(4);
    expect(env?.logs.filter((l) => l.event === 'identity.poll_failed').length).toBe(4);
    // Nothing about the attempt, least of all a token, is kept.
    expect(JSON.stringify(env?.logs)).not.toContain('fake-device-code');
  });

  it('never writes a token anywhere', async () => {
    const { result } = await runFlow(['approve'], 1);
    expect(result.ok).toBe(true);
    const store = env?.app.store;
    if (!store) throw new Error('no app');
    const tables = await store.all<{ name: string }>(store.kind === 'sqlite' ? SQLITE_TABLES : POSTGRES_TABLES);
    expect(tables.length).toBeGreaterThan(0);
    for (const { name } of tables) {
      const rows = JSON.stringify(await store.all(`SELECT * FROM "${name}"`));
      expect(rows, name).not.toContain('fake-access-token');
      expect(rows, name).not.toContain('fake-device-code');
    }
    expect(JSON.stringify(env?.logs)).not.toContain('fake-access-token');
  });
});
