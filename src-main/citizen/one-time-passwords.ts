// ワンタイムパスワード rows in one_time_codes (purpose 'otp'): at most one per account, so issuing
// a new one replaces the old in the same statement, and using one is a single conditional update.
import type { Store } from '../store/store';

export interface OtpRow {
  id: number;
  hash: string;
  expiresAt: number;
  usedAt: number | null;
}

const REPLACE = `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'otp', ?, ?, ?)
  ON CONFLICT (account_id, purpose) DO UPDATE SET
    hash = excluded.hash, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = NULL`;
const CURRENT = `SELECT id, hash, expires_at AS "expiresAt", used_at AS "usedAt" FROM one_time_codes WHERE account_id = ? AND purpose = 'otp'`;
// The hash is part of the condition: a code replaced between check and use is not consumed.
const CONSUME = 'UPDATE one_time_codes SET used_at = ? WHERE id = ? AND hash = ? AND used_at IS NULL AND expires_at > ?';

export class OneTimePasswords {
  constructor(private readonly store: Store) {}

  async replace(accountId: number, hash: string, now: number, expiresAt: number): Promise<void> {
    await this.store.run(REPLACE, [accountId, hash, now, expiresAt]);
  }

  /** The account's code if it can still be used at `now`. */
  async usable(accountId: number, now: number): Promise<OtpRow | undefined> {
    const row = await this.store.get<OtpRow>(CURRENT, [accountId]);
    return row && row.usedAt === null && row.expiresAt > now ? row : undefined;
  }

  /** Marks the code used; false when another terminal used it first or it expired meanwhile. */
  async consume(row: OtpRow, now: number): Promise<boolean> {
    return (await this.store.run(CONSUME, [now, row.id, row.hash, now])).changes === 1;
  }
}
