// Several terminals on one PostgreSQL database, each with its own connection pool: the core
// repositories keep one audit chain, one lockout counter, one session per window visible to all,
// one claim per mail and per daily job, and one rate-limit count. (On SQLite one process holds the
// file, so these races cannot happen there; the adapters' own tests cover its transaction queue.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src-main/audit/log';
import { Accounts } from '../../../src-main/auth/accounts';
import { loginFailed } from '../../../src-main/auth/lockout';
import { RateLimiter } from '../../../src-main/auth/rate-limit';
import { Sessions } from '../../../src-main/auth/sessions';
import { FakeClock } from '../../../src-main/clock';
import { claimDailyRun } from '../../../src-main/jobs/job-claims';
import { CLAIM_STALE_MS, Outbox } from '../../../src-main/mail/outbox';
import { Terminals } from '../../../src-main/site/terminals';
import { openPostgres } from '../../../src-main/store/postgres-store';
import type { Store } from '../../../src-main/store/store';
import { TEST_AUDIT_KEY } from '../../fixtures/audit-key';
import { createTestDatabase, postgresTestUrl } from '../../fixtures/postgres-db';

describe.runIf(postgresTestUrl())('terminals sharing one PostgreSQL database', () => {
  let a: Store;
  let b: Store;
  let drop: () => Promise<void>;
  const clock = new FakeClock();
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    a = await openPostgres({ url: db.url });
    b = await openPostgres({ url: db.url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop?.();
  });

  it('audit: concurrent appends from two terminals keep one chain', async () => {
    const la = new AuditLog(a, clock, { key: TEST_AUDIT_KEY });
    const lb = new AuditLog(b, clock, { key: TEST_AUDIT_KEY });
    expect(await la.verify()).toEqual({ ok: true, rows: 0, brokenAt: null, reason: null });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? la : lb).append({ actor: 'x', terminal: `t${i}`, action: 'a.b', target: `k${i % 5}`, outcome: 'ok', detail: { n: i } }),
      ),
    );
    expect(await la.verify()).toEqual({ ok: true, rows: 40, brokenAt: null, reason: null });
    const rows = await lb.list({ target: 'k1', limit: 3, from: 0, to: clock.now() + 1, beforeId: 100, action: 'a.b', actor: 'x' });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ prevHash: expect.stringMatching(/^[0-9a-f]{64}$/), detail: expect.any(String) });
  });

  it('accounts: one lockout counter; sessions: one row per window, seen and ended from any terminal', async () => {
    const audit = new AuditLog(a, clock, { key: TEST_AUDIT_KEY });
    const accA = new Accounts(a, clock, audit);
    const accB = new Accounts(b, clock, new AuditLog(b, clock, { key: TEST_AUDIT_KEY }));
    const acc = await accA.create('citizen', 'abcd12345', '山田', null);
    expect(acc.id).toEqual(expect.any(Number));
    expect(await accB.loginIdTaken('citizen', 'abcd12345')).toBe(true);
    const by = { actor: 'x', terminal: 't' };
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? accA : accB).transition(acc.id, (s) => loginFailed(s, 5), by)));
    const after = await accA.get(acc.id);
    expect(after).toMatchObject({ consecutiveFailures: 6, locked: true });
    await accA.setCredential(acc.id, 'password', 'h1');
    await accA.setCredential(acc.id, 'password', 'h2', true);
    expect(await accB.credential(acc.id, 'password')).toMatchObject({ hash: 'h2', mustChange: true });
    expect(await accB.upgradeCredential(acc.id, 'password', 'h2', 'h3')).toBe(true);
    const logged = await accB.recordLogin((await accB.create('citizen', 'k2', 'x')).id, by);
    expect(logged.lastLoginAt).toBe(clock.now());

    const ended: string[] = [];
    const sa = new Sessions({ store: a, clock, idleMs: 60_000, onEnd: (t, _s, r) => void ended.push(`${t}:${r}`) });
    const sb = new Sessions({ store: b, clock, idleMs: 60_000, onEnd: (t, _s, r) => void ended.push(`${t}:${r}`) });
    const start = { accountId: acc.id, kind: 'citizen' as const, loginId: 'abcd12345', displayName: 'x', role: null, permissions: [], requiredAction: null };
    const s1 = await sb.start('b/window-1', { ...start, permissions: ['mail_log'], requiredAction: 'change_password' });
    expect(await sa.get('b/window-1')).toEqual(s1);
    expect(await sa.update('b/window-1', s1, { requiredAction: null, displayName: 'y' })).toBe(true);
    expect(await sb.info('b/window-1')).toMatchObject({ requiredAction: null, displayName: 'y', permissions: ['mail_log'] });
    clock.advance(10_000);
    await sb.touch('b/window-1');
    await sa.endForAccount(acc.id);
    expect(await sb.get('b/window-1')).toBeUndefined();
    await sb.start('b/window-2', start);
    clock.advance(60_001);
    await Promise.all([sa.sweep(), sb.sweep()]);
    expect(ended).toEqual(['b/window-1:account_changed', 'b/window-2:idle']);
    expect(await sa.count()).toBe(0);
  });

  it('outbox: two workers never claim the same row', async () => {
    const oa = new Outbox(a, 'kiosk-a', clock);
    const ob = new Outbox(b, 'kiosk-b', clock);
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      const mail = { messageId: `<m${i}@x>`, template: 't', locale: 'ja' as const, to: 'a@b.jp', subject: 's', body: 'b', accountId: null };
      ids.push(await oa.insert({ ...mail, carriesSecret: i % 2 === 0, now: clock.now() }));
    }
    const [ca, cb] = await Promise.all([oa.claimDue(clock.now(), 20), ob.claimDue(clock.now(), 20)]);
    const all = [...ca, ...cb].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(30);
    expect(ca[0]).toMatchObject({ messageId: expect.any(String), nextAttemptAt: expect.any(Number), to: 'a@b.jp' });
    // Nobody takes back a claim while the process that made it is still sending: not a (its own,
    // in flight), not b. A later process of terminal a (a restart) takes back a's, not b's.
    expect(await oa.claimDue(clock.now(), 50)).toEqual([]);
    expect(await ob.claimDue(clock.now(), 50)).toEqual([]);
    const restarted = new Outbox(a, 'kiosk-a', clock);
    expect((await restarted.claimDue(clock.now(), 50)).map((r) => r.id).sort()).toEqual(ca.map((r) => r.id).sort());
    // A terminal whose name merely starts the same is another terminal.
    expect(await new Outbox(a, 'kiosk', clock).claimDue(clock.now(), 50)).toEqual([]);
    clock.advance(CLAIM_STALE_MS);
    expect((await oa.claimDue(clock.now(), 50)).length).toBe(30);
    await oa.markSent(ids[0] as number, clock.now());
    expect(await ob.get(ids[0] as number)).toMatchObject({ status: 'sent', body: '' });
    await oa.markFailed(ids[1] as number, 'x');
    expect(await ob.requeue(ids[1] as number, clock.now())).toBe(true);
  });

  it('terminals register by name; a daily job is claimed once; a rate limit counts for all', async () => {
    const ta = new Terminals(a, clock);
    await ta.register('kiosk-a', 'kiosk', '0.1.0');
    const first = clock.now();
    clock.advance(1000);
    await new Terminals(b, clock).register('kiosk-a', 'counter', '0.2.0');
    await ta.heartbeat('kiosk-a');
    expect(await ta.list()).toEqual([{ name: 'kiosk-a', role: 'counter', appVersion: '0.2.0', firstSeen: first, lastSeen: clock.now() }]);
    const claims = await Promise.all([
      claimDailyRun(a, 'due', '2026-01-05', 'a'),
      claimDailyRun(b, 'due', '2026-01-05', 'b'),
      claimDailyRun(a, 'due', '2026-01-05', 'a'),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const ra = new RateLimiter(a, clock);
    const rb = new RateLimiter(b, clock);
    const bucket = { bucket: 'x', limit: 3, windowMs: 60_000 };
    const taken = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? ra : rb).take([bucket])));
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await ra.used('x', 60_000)).toBe(3);
  });
});
