// ワンタイムパスワード rows in one_time_codes (purpose 'otp'): at most one per account, so issuing
// a new one replaces the old in the same statement, and using one is a single conditional update.
// Wrong tries count on the code (failures): after the limit the code is spent, and the citizen asks
// for a new one — the account's login counter is never touched, so guessing locks no one out.
import type { Store } from '../store/store';

export interface OtpRow {
  id: number;
  hash: string;
  expiresAt: number;
  usedAt: number | null;
  failures: number;
}

const REPLACE = `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'otp', ?, ?, ?)
  ON CONFLICT (account_id, purpose) DO UPDATE SET
    hash = excluded.hash, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = NULL, failures = 0`;
const CURRENT = `SELECT id, hash, expires_at AS "expiresAt", used_at AS "usedAt", failures FROM one_time_codes WHERE account_id = ? AND purpose = 'otp'`;
// The hash is part of the condition: a code replaced between check and use is not consumed, and
// one spent by wrong tries on other terminals meanwhile is not either.
const CONSUME = 'UPDATE one_time_codes SET used_at = ? WHERE id = ? AND hash = ? AND used_at IS NULL AND expires_at > ? AND failures < ?';
// Counted on this code only: a newer code (another hash) starts from 0.
const MISS = 'UPDATE one_time_codes SET failures = failures + 1 WHERE id = ? AND hash = ?';

export class OneTimePasswords {
  constructor(private readonly store: Store) {}

  async replace(accountId: number, hash: string, now: number, expiresAt: number): Promise<void> {
    await this.store.run(REPLACE, [accountId, hash, now, expiresAt]);
  }

  /** The account's code if it can still be used at `now`: unused, unexpired, fewer than `maxFailures` wrong tries. */
  async usable(accountId: number, now: number, maxFailures: number): Promise<OtpRow | undefined> {
    const row = await this.store.get<OtpRow>(CURRENT, [accountId]);
    return row && row.usedAt === null && row.expiresAt > now && row.failures < maxFailures ? row : undefined;
  }

  /** Marks the code used; false when another terminal used or spent it first, or it expired meanwhile. */
  async consume(row: OtpRow, now: number, maxFailures: number): Promise<boolean> {
    return (await this.store.run(CONSUME, [now, row.id, row.hash, now, maxFailures])).changes === 1;
  }

  /** One wrong try at this code. */
  async countMiss(row: OtpRow): Promise<void> {
    await this.store.run(MISS, [row.id, row.hash]);
  }
}
