// Per-terminal throttling of every guessing channel (login, confirmation PIN, OTP, reset code):
// the per-account locks stop guessing at one account, this stops one machine from guessing across
// many — or locking many out. A few mistakes are free; after that each attempt must wait a
// doubling delay since the machine's last failure, up to a cap. Successes do not clear the count
// (else an attacker would interleave logins of an account of their own): it leaks away with time.
//
// With the rules below, 500 wrong attempts from one machine wait 2+4+8+16+32 s and then 60 s
// each: about 8 hours, far above the 10 minutes asked for; a person who mistypes a few times never
// waits, and one who keeps failing waits seconds. The state is in memory: one process serves one
// machine, and a restart forgiving the count costs an attacker the restart.
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';

export interface ThrottleRules {
  /** Failures a machine may make before any wait. */
  freeFailures: number;
  /** The first wait, doubled by each further failure. */
  firstDelayMs: number;
  /** The longest wait. */
  maxDelayMs: number;
  /** One failure is forgiven per this much time (a leaky bucket), however the attempts went. */
  leakMs: number;
  /** The count stops here, so a long attack is forgiven after leakMs × maxLevel of quiet. */
  maxLevel: number;
  /** Machines remembered at once; the one whose last failure is oldest is forgotten first. */
  maxTerminals: number;
}

export const THROTTLE_RULES: ThrottleRules = {
  freeFailures: 5,
  firstDelayMs: 2_000,
  maxDelayMs: 60_000,
  leakMs: 2 * 60_000,
  maxLevel: 32,
  maxTerminals: 10_000,
};

/** What one machine has done lately. */
interface Entry {
  /** Failures still counted (whole numbers: a wait never depends on a fraction of a leak). */
  level: number;
  /** Where the next leak is measured from: a whole leakMs after it, one failure is forgiven. */
  leakFrom: number;
  /** Set by each failure from the count it made; a later leak does not shorten a wait begun. */
  retryAt: number;
  /** Attempts let through and not yet finished: parallel calls cannot slip past the wait. */
  inFlight: number;
}

/** A place held by one attempt between the check and its outcome. */
export interface ThrottleTicket {
  /** Call exactly once when the attempt ends: `failed` when the secret was wrong. */
  done(failed: boolean): void;
}

/**
 * The machine of a terminal id. Electron names a window "<terminal name>/window-<n>"; every window
 * of a machine shares the machine's count, or opening windows would multiply the free attempts.
 */
export function machineOf(terminal: string): string {
  const slash = terminal.indexOf('/');
  // Bounded, so a huge id cannot make a huge key.
  return (slash < 0 ? terminal : terminal.slice(0, slash)).slice(0, 200);
}

export class TerminalThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly rules: ThrottleRules = THROTTLE_RULES,
  ) {}

  /** Machines currently remembered (bounded by rules.maxTerminals). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Lets an attempt through, or throws DomainError('throttled') with the seconds to wait. Called
   * before any store access or hashing, so a refused attempt costs nothing. The caller reports
   * the outcome on the ticket (in a finally: an attempt that throws still ends).
   */
  enter(terminal: string): ThrottleTicket {
    const key = machineOf(terminal);
    this.refuseWhileWaiting(key, true);
    const now = this.clock.now();
    const entry = this.entries.get(key) ?? this.remember(key, { level: 0, leakFrom: now, retryAt: now, inFlight: 0 });
    entry.inFlight += 1;
    let finished = false;
    return {
      done: (failed) => {
        if (finished) return;
        finished = true;
        this.finish(key, failed);
      },
    };
  }

  /**
   * Refuses while the machine must wait, counting nothing: for requests whose answer must not
   * depend on the input (OTP issue, reset request), so counting their refusals would tell a
   * registered pair from an unknown one.
   */
  check(terminal: string): void {
    this.refuseWhileWaiting(machineOf(terminal), false);
  }

  /** Seconds the machine must still wait before its next attempt; 0 when it may try now. */
  waitSeconds(terminal: string): number {
    return Math.ceil(this.waitMs(machineOf(terminal), true) / 1000);
  }

  private refuseWhileWaiting(key: string, countInFlight: boolean): void {
    const ms = this.waitMs(key, countInFlight);
    if (ms > 0) throw new DomainError('throttled', undefined, Math.max(1, Math.ceil(ms / 1000)));
  }

  private waitMs(key: string, countInFlight: boolean): number {
    const entry = this.entries.get(key);
    if (!entry) return 0;
    const now = this.clock.now();
    this.leak(entry, now);
    if (entry.level === 0 && entry.inFlight === 0) {
      this.entries.delete(key);
      return 0;
    }
    const pending = countInFlight ? entry.inFlight : 0;
    // Attempts still running may all be failures: past the free ones, one at a time.
    if (pending > 0 && entry.level + pending >= this.rules.freeFailures) return this.delayFor(entry.level + pending);
    return Math.max(0, entry.retryAt - now);
  }

  private finish(key: string, failed: boolean): void {
    const now = this.clock.now();
    const entry = this.entries.get(key);
    if (entry) {
      entry.inFlight = Math.max(0, entry.inFlight - 1);
      this.leak(entry, now);
    }
    if (!failed) {
      if (entry && entry.inFlight === 0 && entry.level === 0) this.entries.delete(key);
      return;
    }
    const level = Math.min(this.rules.maxLevel, (entry?.level ?? 0) + 1);
    // A bucket that was empty starts leaking from this failure.
    const leakFrom = entry && entry.level > 0 ? entry.leakFrom : now;
    const updated: Entry = { level, leakFrom, retryAt: now + this.delayFor(level), inFlight: entry?.inFlight ?? 0 };
    // Re-inserted at the end: the map's order is the order of last failures, oldest first.
    this.entries.delete(key);
    this.remember(key, updated);
  }

  private remember(key: string, entry: Entry): Entry {
    while (this.entries.size >= this.rules.maxTerminals) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** Forgives one failure per whole leakMs since leakFrom. */
  private leak(entry: Entry, now: number): void {
    // A clock set back (tests, a corrected system clock) forgives nothing.
    const leaks = Math.floor(Math.max(0, now - entry.leakFrom) / this.rules.leakMs);
    if (leaks === 0) return;
    entry.level = Math.max(0, entry.level - leaks);
    entry.leakFrom = entry.level === 0 ? now : entry.leakFrom + leaks * this.rules.leakMs;
  }

  /** The wait after a failure that left `level` failures counted. */
  private delayFor(level: number): number {
    const doublings = level - this.rules.freeFailures;
    if (doublings < 0) return 0;
    // 2^doublings overflows nothing: the cap is reached long before.
    return Math.min(this.rules.maxDelayMs, this.rules.firstDelayMs * 2 ** Math.min(doublings, 30));
  }
}
