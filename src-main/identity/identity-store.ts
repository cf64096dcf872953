// SQL of the identity area: which citizen account an xID subject belongs to, what the account
// keeps of the verified claims, and which account an e-mail address signs in to with a password.
import type { Db } from '../store/database';

export interface SubjectHolder {
  accountId: number;
  userKey: string;
  name: string;
}

export interface PasswordAccount {
  accountId: number;
  userKey: string;
  name: string;
  email: string;
  locale: 'ja' | 'en';
  birthdate: string | null;
}

export class IdentityStore {
  private readonly stmt;

  constructor(db: Db) {
    this.stmt = {
      bySub: db.prepare<[string], SubjectHolder>(
        `SELECT p.account_id AS accountId, a.login_id AS userKey, a.display_name AS name
         FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
         WHERE p.xid_sub = ? AND a.deleted_at IS NULL`,
      ),
      subOf: db.prepare<[number], { sub: string | null }>('SELECT xid_sub AS sub FROM citizen_profiles WHERE account_id = ?'),
      setSub: db.prepare<[string, number, number]>(
        'UPDATE citizen_profiles SET xid_sub = ?, identity_verified = 1, updated_at = ? WHERE account_id = ? AND xid_sub IS NULL',
      ),
      subTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM citizen_profiles WHERE xid_sub = ?'),
      saveIdentity: db.prepare<[number, string | null, string, number]>(
        `INSERT INTO citizen_identity (account_id, birthdate, origin, verified_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET birthdate = coalesce(excluded.birthdate, birthdate), verified_at = excluded.verified_at`,
      ),
      // The account an address signs in to with a password: one that already has a password, else
      // the xID-verified one, else the newest. A person may hold several 利用者キー under one address
      // (each first reservation makes one); the password belongs to exactly one of them.
      primaryForEmail: db.prepare<[string], PasswordAccount>(
        `SELECT p.account_id AS accountId, a.login_id AS userKey, a.display_name AS name, p.email, p.locale, i.birthdate
         FROM citizen_profiles p
         JOIN accounts a ON a.id = p.account_id
         LEFT JOIN credentials c ON c.account_id = p.account_id AND c.purpose = 'password'
         LEFT JOIN citizen_identity i ON i.account_id = p.account_id
         WHERE lower(p.email) = lower(?) AND p.email IS NOT NULL AND a.deleted_at IS NULL AND a.kind = 'citizen'
         ORDER BY c.account_id IS NULL, c.updated_at DESC, p.identity_verified DESC, p.account_id DESC
         LIMIT 1`,
      ),
    };
  }

  holderOf(sub: string): SubjectHolder | undefined {
    return this.stmt.bySub.get(sub);
  }

  /** Includes deleted accounts: a subject never moves to a second account by itself. */
  subTaken(sub: string): boolean {
    return this.stmt.subTaken.get(sub) !== undefined;
  }

  subOf(accountId: number): string | null {
    return this.stmt.subOf.get(accountId)?.sub ?? null;
  }

  /** False when the account already has a subject (one per account). Run inside a transaction. */
  attach(accountId: number, sub: string, birthdate: string | null, origin: 'register' | 'link', now: number): boolean {
    if (this.stmt.setSub.run(sub, now, accountId).changes !== 1) return false;
    this.stmt.saveIdentity.run(accountId, birthdate, origin, now);
    return true;
  }

  passwordAccountFor(email: string): PasswordAccount | undefined {
    return this.stmt.primaryForEmail.get(email);
  }
}
