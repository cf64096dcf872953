// When the outbox tries a mail again. Pure, so the schedule is unit-tested without a server:
// the first retry after 1 minute, doubling up to 1 hour between tries, and the mail is given up
// (status failed) once it has been failing for 24 hours.

const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 60 * 60_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/** Wait before the next try after `failures` failed tries in a row (1 → 1 min, 2 → 2 min, …, capped at 1 h). */
export function retryDelayMs(failures: number): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError(`failures must be a positive integer, got ${failures}`);
  // Stop doubling once past the cap so a very long outage cannot overflow to Infinity.
  const doublings = Math.min(failures - 1, Math.ceil(Math.log2(MAX_RETRY_MS / FIRST_RETRY_MS)));
  return Math.min(FIRST_RETRY_MS * 2 ** doublings, MAX_RETRY_MS);
}

export type AfterFailure = { status: 'queued'; nextAttemptAt: number } | { status: 'failed' };

export interface FailureState {
  /** Start of the retry window (enqueue, or the last manual retry). */
  queuedAt: number;
  /** Failed tries in this window, including the one that just failed. */
  failures: number;
  now: number;
}

/** What happens to a mail whose delivery just failed. */
export function afterFailure({ queuedAt, failures, now }: FailureState): AfterFailure {
  const giveUpAt = queuedAt + GIVE_UP_AFTER_MS;
  if (now >= giveUpAt) return { status: 'failed' };
  // The last try lands exactly at the 24-hour mark rather than up to an hour past it.
  return { status: 'queued', nextAttemptAt: Math.min(now + retryDelayMs(failures), giveUpAt) };
}
