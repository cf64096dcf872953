// The per-terminal throttle of every guessing channel: free mistakes, a doubling wait up to a cap,
// forgiveness only with time (never by a success), one count per machine, and a bounded memory.
import { describe, expect, it } from 'vitest';
import { machineOf, TerminalThrottle, THROTTLE_RULES } from '../../../src-main/auth/terminal-throttle';
import { FakeClock } from '../../../src-main/clock';
import { DomainError } from '../../../src-main/domain-error';

function setup() {
  const clock = new FakeClock();
  return { clock, throttle: new TerminalThrottle(clock) };
}

/** One finished attempt: the wait it met (seconds, or 0 when let through) and, if through, its outcome. */
function attempt(throttle: TerminalThrottle, terminal: string, failed = true): number {
  try {
    throttle.enter(terminal).done(failed);
    return 0;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'throttled') return error.retryAfterSeconds ?? -1;
    throw error;
  }
}

describe('the terminal throttle', () => {
  it('lets the first five failures through at once, then asks for 2 s', () => {
    const { throttle } = setup();
    for (let i = 0; i < THROTTLE_RULES.freeFailures; i++) expect(attempt(throttle, 'kiosk')).toBe(0);
    expect(attempt(throttle, 'kiosk')).toBe(2);
    expect(throttle.waitSeconds('kiosk')).toBe(2);
  });

  it('answers throttled with the seconds to wait, as a DomainError the router maps', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) attempt(throttle, 'kiosk');
    let caught: unknown;
    try {
      throttle.enter('kiosk');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).toAppError()).toEqual({ code: 'throttled', retryAfterSeconds: 2 });
  });

  it('doubles the wait with each further failure, up to 60 s', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 5; i++) attempt(throttle, 'kiosk');
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const wait = throttle.waitSeconds('kiosk');
      waits.push(wait);
      clock.advance(wait * 1000 - 1);
      expect(attempt(throttle, 'kiosk')).toBeGreaterThan(0);
      clock.advance(1);
      expect(attempt(throttle, 'kiosk')).toBe(0);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('counts down: the seconds left shrink as time passes', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 10; i++) {
      clock.advance(throttle.waitSeconds('kiosk') * 1000);
      attempt(throttle, 'kiosk');
    }
    expect(throttle.waitSeconds('kiosk')).toBe(60);
    clock.advance(47_500);
    expect(throttle.waitSeconds('kiosk')).toBe(13);
    expect(attempt(throttle, 'kiosk')).toBe(13);
  });

  it('is not reset by a success: interleaving a known account gains nothing', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 5; i++) attempt(throttle, 'kiosk');
    clock.advance(2_000);
    expect(attempt(throttle, 'kiosk', false)).toBe(0);
    // The success did not clear the count: the next failure still doubles the wait.
    expect(attempt(throttle, 'kiosk')).toBe(0);
    expect(throttle.waitSeconds('kiosk')).toBe(4);
  });

  it('forgives one failure every 2 minutes of quiet, so a long attack is forgotten within about an hour', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 200; i++) {
      clock.advance(throttle.waitSeconds('kiosk') * 1000);
      attempt(throttle, 'kiosk');
    }
    expect(throttle.waitSeconds('kiosk')).toBe(60);
    // The count stops at 32: after 28 leaks (56 minutes) 4 remain, under the free five, so the
    // next failure is the fifth.
    clock.advance(56 * 60_000);
    expect(attempt(throttle, 'kiosk')).toBe(0);
    expect(throttle.waitSeconds('kiosk')).toBe(2);
    // A few minutes of quiet after a handful of typos: nobody waits.
    const { clock: c2, throttle: t2 } = setup();
    for (let i = 0; i < 5; i++) attempt(t2, 'kiosk');
    c2.advance(2 * 60_000);
    expect(attempt(t2, 'kiosk')).toBe(0);
    expect(t2.waitSeconds('kiosk')).toBe(2);
  });

  it('makes 500 wrong attempts from one terminal wait at least 10 minutes', () => {
    const { clock, throttle } = setup();
    const start = clock.now();
    let answered = 0;
    while (answered < 500) {
      const wait = attempt(throttle, 'kiosk');
      if (wait === 0) answered++;
      else clock.advance(wait * 1000);
    }
    expect(clock.now() - start).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it('keeps one count per machine: the windows of a machine share it, other machines are free', () => {
    const { throttle } = setup();
    expect(machineOf('lobby-1/window-3')).toBe('lobby-1');
    expect(machineOf('kiosk')).toBe('kiosk');
    for (let i = 0; i < 5; i++) attempt(throttle, `lobby-1/window-${i}`);
    expect(attempt(throttle, 'lobby-1/window-99')).toBe(2);
    expect(attempt(throttle, 'lobby-2/window-1')).toBe(0);
  });

  it('lets parallel attempts through only while they could all still be free', () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) attempt(throttle, 'kiosk');
    const first = throttle.enter('kiosk');
    // The first may fail and be the fifth: a second one now would be a sixth without the wait.
    expect(() => throttle.enter('kiosk')).toThrow(DomainError);
    first.done(false);
    expect(attempt(throttle, 'kiosk', false)).toBe(0);
  });

  it('refuses without counting on check(): the mail requests only wait', () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i++) throttle.check('kiosk');
    expect(throttle.waitSeconds('kiosk')).toBe(0);
    for (let i = 0; i < 5; i++) attempt(throttle, 'kiosk');
    expect(() => throttle.check('kiosk')).toThrow(DomainError);
  });

  it('remembers at most 10,000 machines, forgetting the one whose last failure is oldest', () => {
    const { throttle } = setup();
    for (let i = 0; i < 100_000; i++) attempt(throttle, `t${i}`);
    expect(throttle.size).toBeLessThanOrEqual(THROTTLE_RULES.maxTerminals);
    // The latest are remembered.
    for (let i = 0; i < 4; i++) attempt(throttle, 't99999');
    expect(attempt(throttle, 't99999')).toBe(2);
  });

  it('forgets a machine once everything is forgiven', () => {
    const { clock, throttle } = setup();
    attempt(throttle, 'kiosk');
    attempt(throttle, 'kiosk', false);
    expect(throttle.size).toBe(1);
    clock.advance(3 * 60_000);
    expect(throttle.waitSeconds('kiosk')).toBe(0);
    expect(throttle.size).toBe(0);
  });
});
