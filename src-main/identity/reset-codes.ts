// パスワード再設定 codes: made like the ワンタイムパスワード (8 characters of the look-alike-free
// alphabet, CSPRNG, scrypt-hashed), single use, valid for a configured time, and a newer code
// replaces the older one. Stored in one_time_codes with purpose 'reset'.
import { OTP_ALPHABET, OTP_LENGTH } from '../../src-shared/fields';
import { randomCode } from '../auth/random-code';
import { hashSecret, type KdfParams, verifySecret } from '../auth/secrets';
import type { Clock } from '../clock';
import type { Store } from '../store/store';

const UPSERT = `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'reset', ?, ?, ?)
  ON CONFLICT (account_id, purpose) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at,
    expires_at = excluded.expires_at, used_at = NULL`;
const CURRENT = `SELECT id, hash, expires_at, used_at FROM one_time_codes WHERE account_id = ? AND purpose = 'reset'`;
const USE = 'UPDATE one_time_codes SET used_at = ? WHERE id = ? AND used_at IS NULL';

export function generateResetCode(): string {
  return randomCode(OTP_ALPHABET, OTP_LENGTH);
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
   */
  async check(accountId: number, code: string, decoy: () => Promise<void>): Promise<number | null> {
    const row = await this.store.get<{ id: number; hash: string; expires_at: number; used_at: number | null }>(CURRENT, [accountId]);
    if (!row) {
      await decoy();
      return null;
    }
    const { ok } = await verifySecret(code, row.hash, this.kdf);
    if (!ok || row.used_at !== null || row.expires_at <= this.clock.now()) return null;
    return row.id;
  }

  /** False when another terminal used the code first. */
  async consume(id: number): Promise<boolean> {
    return (await this.store.run(USE, [this.clock.now(), id])).changes === 1;
  }
}
