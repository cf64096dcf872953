// Which reservations a window may print a receipt of without a citizen session. A first
// reservation at the kiosk is made without logging in (city.reserve), so there is no session to
// check ownership against; instead the window that just made it may print it, for as long as its
// done screen can be on show (the kiosk's idle time and countdown), and no other window ever may.
// A new reservation at the window replaces the grant. Bounded like every map of main keyed by
// callers: at most MAX_WINDOWS windows, the oldest grant dropped first.
import type { Clock } from '../clock';

const MAX_WINDOWS = 256;

interface Grant {
  ids: ReadonlySet<number>;
  until: number;
}

export class ReceiptGrants {
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly clock: Clock,
    /** How long a grant lasts. */
    private readonly ttlMs: () => number,
  ) {}

  grant(window: string, reservationIds: readonly number[]): void {
    this.grants.delete(window);
    this.grants.set(window, { ids: new Set(reservationIds), until: this.clock.now() + this.ttlMs() });
    while (this.grants.size > MAX_WINDOWS) {
      const oldest = this.grants.keys().next().value;
      if (oldest === undefined) break;
      this.grants.delete(oldest);
    }
  }

  /** True when this window just made every one of these reservations. */
  allows(window: string, reservationIds: readonly number[]): boolean {
    const grant = this.grants.get(window);
    if (!grant) return false;
    if (grant.until <= this.clock.now()) {
      this.grants.delete(window);
      return false;
    }
    return reservationIds.length > 0 && reservationIds.every((id) => grant.ids.has(id));
  }

  /** The window's session ended or it was reset for the next person. */
  revoke(window: string): void {
    this.grants.delete(window);
  }

  get size(): number {
    return this.grants.size;
  }
}
