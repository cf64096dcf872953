// パスワード再設定 codes: 8 characters of one case without look-alikes (src-shared/identity/reset-code.ts),
// CSPRNG, scrypt-hashed, single use, valid for a configured time, and a newer code
// replaces the older one. Stored in one_time_codes with purpose 'reset'. Wrong tries count on the
// code (failures) and spend it after the limit; they never count on the account's login counter,
// so guessing codes at the reset screen cannot lock anyone's password login (利用中止).
import { RESET_CODE_ALPHABET, RESET_CODE_LENGTH } from '../../src-shared/identity/reset-code';
import { randomCode } from '../auth/random-code';
import { hashSecret, type KdfParams, verifySecret } from '../auth/secrets';
import type { Clock } from '../clock';
import type { Store } from '../store/store';

const UPSERT = `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'reset', ?, ?, ?)
  ON CONFLICT (account_id, purpose) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at,
    expires_at = excluded.expires_at, used_at = NULL, failures = 0`;
const CURRENT = `SELECT id, hash, expires_at, used_at, failures FROM one_time_codes WHERE account_id = ? AND purpose = 'reset'`;
// Not once spent by wrong tries on another terminal while this one hashed the new password.
const USE = 'UPDATE one_time_codes SET used_at = ? WHERE id = ? AND used_at IS NULL AND failures < ?';
// The hash is part of the condition: a miss at a code replaced meanwhile does not count on the new one.
const MISS = 'UPDATE one_time_codes SET failures = failures + 1 WHERE id = ? AND hash = ?';

export function generateResetCode(): string {
  return randomCode(RESET_CODE_ALPHABET, RESET_CODE_LENGTH);
}

export class ResetCodes {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly kdf: KdfParams,
  ) {}

  /** Hashes a fresh code; the caller stores it with `save` inside the transaction that mails it. */
  async prepare(): Promise<{ code: string; hash: string }> {
    const code = generateResetCode();
    return { code, hash: await hashSecret(code, this.kdf) };
  }

  async save(accountId: number, hash: string, ttlMs: number): Promise<number> {
    const now = this.clock.now();
    const expiresAt = now + ttlMs;
    await this.store.run(UPSERT, [accountId, hash, now, expiresAt]);
    return expiresAt;
  }

  /**
   * Whether the code is the account's current, unused, unexpired one. Always does one hash's work,
   * so "no code" and "wrong code" take the same time. Returns the row id to consume on success.
   * A wrong code counts on the code; after `maxFailures` of them it is spent (a new request mails
   * a new one).
   */
  async check(accountId: number, code: string, maxFailures: number, decoy: () => Promise<void>): Promise<number | null> {
    const row = await this.store.get<{ id: number; hash: string; expires_at: number; used_at: number | null; failures: number }>(CURRENT, [accountId]);
    if (!row) {
      await decoy();
      return null;
    }
    const { ok } = await verifySecret(code, row.hash, this.kdf);
    const live = row.used_at === null && row.expires_at > this.clock.now() && row.failures < maxFailures;
    if (!live) return null;
    if (!ok) {
      await this.store.run(MISS, [row.id, row.hash]);
      return null;
    }
    return row.id;
  }

  /** False when another terminal used the code first, or spent it with wrong tries. */
  async consume(id: number, maxFailures: number): Promise<boolean> {
    return (await this.store.run(USE, [this.clock.now(), id, maxFailures])).changes === 1;
  }
}
