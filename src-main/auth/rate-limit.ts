// Sliding-window counters for abuse limits (mails per address, per 利用者キー, per terminal).
// Kept in the database so a restart does not reset them, and every terminal counts into one.
import type { Clock } from '../clock';
import type { Store } from '../store/store';

export interface Bucket {
  bucket: string;
  limit: number;
  windowMs: number;
}

const COUNT = 'SELECT count(*) AS n FROM rate_events WHERE bucket = ? AND at > ?';
const INSERT = 'INSERT INTO rate_events (bucket, at) VALUES (?, ?)';
const PRUNE = 'DELETE FROM rate_events WHERE at <= ?';

export class RateLimiter {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** How many events the bucket had within the window. */
  async used(bucket: string, windowMs: number): Promise<number> {
    return (await this.store.get<{ n: number }>(COUNT, [bucket, this.clock.now() - windowMs]))?.n ?? 0;
  }

  /**
   * Records one event in every bucket if all are under their limits; returns false (recording
   * nothing) when any bucket is full. Check and record are one transaction: atomic across
   * terminals (serializable on PostgreSQL), and one commit instead of one per bucket.
   */
  take(buckets: readonly Bucket[]): Promise<boolean> {
    return this.store.transaction(async () => {
      for (const b of buckets) if ((await this.used(b.bucket, b.windowMs)) >= b.limit) return false;
      const now = this.clock.now();
      for (const b of buckets) await this.store.run(INSERT, [b.bucket, now]);
      return true;
    });
  }

  /** Forgets events older than the longest window in use (a job calls this). */
  async pruneOlderThan(windowMs: number): Promise<void> {
    await this.store.run(PRUNE, [this.clock.now() - windowMs]);
  }
}
