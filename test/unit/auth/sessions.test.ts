import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SessionEndReason, Sessions, TOUCH_EVERY_MS } from '../../../src-main/auth/sessions';
import { FakeClock } from '../../../src-main/clock';
import { openSqlite, type SqliteStore } from '../../../src-main/store/sqlite-store';

const start = { accountId: 7, kind: 'citizen' as const, loginId: 'abcd12345', displayName: '山田', role: null, permissions: [], requiredAction: null };

let store: SqliteStore;
beforeEach(async () => {
  store = openSqlite(':memory:');
  for (const id of [7, 8]) {
    await store.run("INSERT INTO accounts (id, kind, login_id, display_name, created_at, updated_at) VALUES (?, 'citizen', ?, 'x', 0, 0)", [id, `k${id}`]);
  }
});
afterEach(() => store.close());

describe('sessions', () => {
  it('ends a session idle for longer than the limit, and tells why', async () => {
    const clock = new FakeClock();
    const ended: SessionEndReason[] = [];
    const sessions = new Sessions({ store, clock, idleMs: 140_000, onEnd: (_t, _s, reason) => void ended.push(reason) });
    await sessions.start('t1', start);
    clock.advance(100_000);
    await sessions.touch('t1');
    clock.advance(140_000);
    expect(await sessions.get('t1')).toBeDefined();
    clock.advance(1);
    expect(await sessions.expiredNow('t1')).toBe(true);
    expect(await sessions.get('t1')).toBeUndefined();
    expect(ended).toEqual(['idle']);
  });

  it('keeps one session per terminal and ends all of an account', async () => {
    const clock = new FakeClock();
    const ended: string[] = [];
    const sessions = new Sessions({ store, clock, idleMs: 1000, onEnd: (t, _s, reason) => void ended.push(`${t}:${reason}`) });
    await sessions.start('t1', start);
    await sessions.start('t1', { ...start, accountId: 8 });
    await sessions.start('t2', { ...start, accountId: 8 });
    expect(ended).toEqual(['t1:replaced']);
    await sessions.endForAccount(8);
    expect(await sessions.count()).toBe(0);
    expect(ended).toEqual(['t1:replaced', 't1:account_changed', 't2:account_changed']);
  });

  it('ends an account’s session on another machine: the session row is shared', async () => {
    const clock = new FakeClock();
    const ended: string[] = [];
    // Two terminals' processes on one database, each with its own Sessions.
    const kioskA = new Sessions({ store, clock, idleMs: 60_000, onEnd: (t, _s, reason) => void ended.push(`${t}:${reason}`) });
    const kioskB = new Sessions({ store, clock, idleMs: 60_000 });
    await kioskB.start('b/window-1', start);
    const signal = kioskB.operationSignal('b/window-1');
    expect((await kioskA.get('b/window-1'))?.loginId).toBe('abcd12345');
    await kioskA.endForAccount(7);
    expect(ended).toEqual(['b/window-1:account_changed']);
    expect(await kioskB.get('b/window-1')).toBeUndefined();
    // B's own in-memory operations are B's to stop; A could not reach them.
    expect(signal.aborted).toBe(false);
  });

  it('aborts a terminal long operation when the terminal resets', async () => {
    const sessions = new Sessions({ store, clock: new FakeClock(), idleMs: 1000 });
    const signal = sessions.operationSignal('t1');
    expect(signal.aborted).toBe(false);
    await sessions.end('t1', 'idle');
    expect(signal.aborted).toBe(true);
    expect(sessions.operationSignal('t1').aborted).toBe(false);
  });

  it('sweep ends sessions of terminals that stopped calling', async () => {
    const clock = new FakeClock();
    const ended: string[] = [];
    const sessions = new Sessions({ store, clock, idleMs: 60_000, onEnd: (t, _s, reason) => void ended.push(`${t}:${reason}`) });
    await sessions.start('t1', start);
    await sessions.start('t2', { ...start, accountId: 8 });
    clock.advance(30_000);
    await sessions.touch('t2');
    clock.advance(30_001);
    await sessions.sweep();
    expect(await sessions.count()).toBe(1);
    expect(ended).toEqual(['t1:idle']);
    // A second sweep (another terminal's) finds nothing more to end and audits nothing twice.
    await sessions.sweep();
    expect(ended).toEqual(['t1:idle']);
  });

  it('writes activity at most every few seconds, and never revives an idle session', async () => {
    const clock = new FakeClock();
    const sessions = new Sessions({ store, clock, idleMs: 60_000 });
    const session = await sessions.start('t1', start);
    const stored = async () => (await store.get<{ last_activity: number }>('SELECT last_activity FROM sessions WHERE terminal = ?', ['t1']))?.last_activity;
    clock.advance(TOUCH_EVERY_MS - 1);
    await sessions.touch('t1');
    expect(await stored()).toBe(session.startedAt);
    clock.advance(1);
    await sessions.touch('t1');
    expect(await stored()).toBe(clock.now());
    clock.advance(60_001);
    await sessions.touch('t1');
    expect(await sessions.expiredNow('t1')).toBe(true);
  });

  it('updates only the session the caller acted for, and only the fields it names', async () => {
    const clock = new FakeClock();
    const sessions = new Sessions({ store, clock, idleMs: 60_000 });
    const first = await sessions.start('t1', { ...start, requiredAction: 'change_password' });
    const stale = { ...first };
    expect(await sessions.update('t1', first, { requiredAction: null })).toBe(true);
    expect(first.requiredAction).toBeNull();
    // A copy taken before the change renames without bringing the required action back.
    expect(await sessions.update('t1', stale, { displayName: '山田 花子' })).toBe(true);
    expect(await sessions.info('t1')).toMatchObject({ displayName: '山田 花子', requiredAction: null });
    // Someone else logged in on the terminal meanwhile: the old session's update is refused.
    await sessions.start('t1', { ...start, accountId: 8, requiredAction: 'change_password' });
    expect(await sessions.update('t1', first, { requiredAction: null })).toBe(false);
    expect((await sessions.get('t1'))?.requiredAction).toBe('change_password');
    const second = await sessions.get('t1');
    expect(second?.id).not.toBe(first.id);
  });

  it('keeps permissions, role and times as they were given', async () => {
    const clock = new FakeClock();
    const sessions = new Sessions({ store, clock, idleMs: 60_000 });
    const staff = { ...start, kind: 'staff' as const, role: 'clerk' as const, permissions: ['mail_log' as const, 'patron_lookup' as const] };
    const session = await sessions.start('t1', staff);
    expect(await sessions.get('t1')).toEqual(session);
    expect(await sessions.info('t1')).toEqual({
      kind: 'staff', displayName: '山田', loginId: 'abcd12345', role: 'clerk', permissions: ['mail_log', 'patron_lookup'],
      requiredAction: null, startedAt: clock.now(),
    });
  });
});
