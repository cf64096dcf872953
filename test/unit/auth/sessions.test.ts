import { describe, expect, it } from 'vitest';
import { type SessionEndReason, Sessions } from '../../../src-main/auth/sessions';
import { FakeClock } from '../../../src-main/clock';

const start = { accountId: 7, kind: 'citizen' as const, loginId: 'abcd12345', displayName: '山田', role: null, permissions: [], requiredAction: null };

describe('sessions', () => {
  it('ends a session idle for longer than the limit, and tells why', () => {
    const clock = new FakeClock();
    const ended: SessionEndReason[] = [];
    const sessions = new Sessions({ clock, idleMs: 140_000, onEnd: (_t, _s, reason) => ended.push(reason) });
    sessions.start('t1', start);
    clock.advance(100_000);
    sessions.touch('t1');
    clock.advance(140_000);
    expect(sessions.get('t1')).toBeDefined();
    clock.advance(1);
    expect(sessions.expiredNow('t1')).toBe(true);
    expect(sessions.get('t1')).toBeUndefined();
    expect(ended).toEqual(['idle']);
  });

  it('keeps one session per terminal and ends all of an account', () => {
    const clock = new FakeClock();
    const ended: string[] = [];
    const sessions = new Sessions({ clock, idleMs: 1000, onEnd: (t, _s, reason) => ended.push(`${t}:${reason}`) });
    sessions.start('t1', start);
    sessions.start('t1', { ...start, accountId: 8 });
    sessions.start('t2', { ...start, accountId: 8 });
    expect(ended).toEqual(['t1:replaced']);
    sessions.endForAccount(8);
    expect(sessions.size).toBe(0);
  });

  it('aborts a terminal long operation when the terminal resets', () => {
    const sessions = new Sessions({ clock: new FakeClock(), idleMs: 1000 });
    const signal = sessions.operationSignal('t1');
    expect(signal.aborted).toBe(false);
    sessions.end('t1', 'idle');
    expect(signal.aborted).toBe(true);
    expect(sessions.operationSignal('t1').aborted).toBe(false);
  });

  it('sweep ends sessions of terminals that stopped calling', () => {
    const clock = new FakeClock();
    const sessions = new Sessions({ clock, idleMs: 1000 });
    sessions.start('t1', start);
    clock.advance(5000);
    sessions.sweep();
    expect(sessions.size).toBe(0);
  });
});
