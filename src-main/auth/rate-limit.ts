// Sliding-window counters for abuse limits (mails per address, per 利用者キー, per terminal).
// Kept in SQLite so a restart does not reset them.
import type { Clock } from '../clock';
import type { Db } from '../store/database';

export interface Bucket {
  bucket: string;
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly count;
  private readonly insert;
  private readonly prune;
  private readonly takeTx;

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.count = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM rate_events WHERE bucket = ? AND at > ?');
    this.insert = db.prepare<[string, number]>('INSERT INTO rate_events (bucket, at) VALUES (?, ?)');
    this.prune = db.prepare<[number]>('DELETE FROM rate_events WHERE at <= ?');
    // Check and record in one immediate transaction: atomic across terminals, and one commit
    // instead of one per bucket.
    this.takeTx = db.transaction((buckets: readonly Bucket[]): boolean => {
      if (buckets.some((b) => this.used(b.bucket, b.windowMs) >= b.limit)) return false;
      const now = this.clock.now();
      for (const b of buckets) this.insert.run(b.bucket, now);
      return true;
    });
  }

  /** How many events the bucket had within the window. */
  used(bucket: string, windowMs: number): number {
    return this.count.get(bucket, this.clock.now() - windowMs)?.n ?? 0;
  }

  /**
   * Records one event in every bucket if all are under their limits; returns false (recording
   * nothing) when any bucket is full.
   */
  take(buckets: readonly Bucket[]): boolean {
    return this.takeTx.immediate(buckets);
  }

  /** Forgets events older than the longest window in use (a job calls this). */
  pruneOlderThan(windowMs: number): void {
    this.prune.run(this.clock.now() - windowMs);
  }
}
