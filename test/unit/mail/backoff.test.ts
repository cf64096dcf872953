import { describe, expect, it } from 'vitest';
import { afterFailure, GIVE_UP_AFTER_MS, retryDelayMs } from '../../../src-main/mail/backoff';

const MINUTE = 60_000;

describe('retryDelayMs', () => {
  it('starts at one minute and doubles', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16, 32].map((m) => m * MINUTE));
  });

  it('is capped at one hour, however long the outage', () => {
    expect(retryDelayMs(7)).toBe(60 * MINUTE);
    expect(retryDelayMs(8)).toBe(60 * MINUTE);
    expect(retryDelayMs(10_000)).toBe(60 * MINUTE);
  });

  it('rejects a failure count that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => retryDelayMs(bad)).toThrow(RangeError);
  });
});

describe('afterFailure', () => {
  const queuedAt = Date.UTC(2026, 0, 5);

  it('schedules the next try by the backoff', () => {
    expect(afterFailure({ queuedAt, failures: 1, now: queuedAt })).toEqual({ status: 'queued', nextAttemptAt: queuedAt + MINUTE });
    expect(afterFailure({ queuedAt, failures: 3, now: queuedAt + 3 * MINUTE })).toEqual({
      status: 'queued',
      nextAttemptAt: queuedAt + 7 * MINUTE,
    });
  });

  it('puts the last try exactly at the 24-hour mark', () => {
    const now = queuedAt + GIVE_UP_AFTER_MS - 10 * MINUTE;
    expect(afterFailure({ queuedAt, failures: 25, now })).toEqual({ status: 'queued', nextAttemptAt: queuedAt + GIVE_UP_AFTER_MS });
  });

  it('gives up once the mail has been failing for 24 hours', () => {
    expect(afterFailure({ queuedAt, failures: 30, now: queuedAt + GIVE_UP_AFTER_MS })).toEqual({ status: 'failed' });
    expect(afterFailure({ queuedAt, failures: 1, now: queuedAt + GIVE_UP_AFTER_MS + 1 })).toEqual({ status: 'failed' });
    expect(afterFailure({ queuedAt, failures: 30, now: queuedAt + GIVE_UP_AFTER_MS - 1 }).status).toBe('queued');
  });

  it('gives 30 tries over the 24 hours of a whole-day outage', () => {
    let now = queuedAt;
    let failures = 0;
    for (;;) {
      failures++;
      const next = afterFailure({ queuedAt, failures, now });
      if (next.status === 'failed') break;
      expect(next.nextAttemptAt).toBeGreaterThan(now);
      now = next.nextAttemptAt;
    }
    expect(failures).toBe(30);
    expect(now).toBe(queuedAt + GIVE_UP_AFTER_MS);
  });
});
