// SQL of the identity area: which citizen account an xID subject belongs to, what the account
// keeps of the verified claims, and which account an e-mail address signs in to with a password.
import type { Store } from '../store/store';

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

const BY_SUB = `SELECT p.account_id AS "accountId", a.login_id AS "userKey", a.display_name AS name
  FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
  WHERE p.xid_sub = ? AND a.deleted_at IS NULL`;
const SUB_OF = 'SELECT xid_sub AS sub FROM citizen_profiles WHERE account_id = ?';
const SET_SUB = 'UPDATE citizen_profiles SET xid_sub = ?, identity_verified = 1, updated_at = ? WHERE account_id = ? AND xid_sub IS NULL';
const SUB_TAKEN = 'SELECT 1 AS one FROM citizen_profiles WHERE xid_sub = ?';
// The existing row is named by its table: PostgreSQL finds a bare column name ambiguous beside excluded.
const SAVE_IDENTITY = `INSERT INTO citizen_identity (account_id, birthdate, origin, verified_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id) DO UPDATE SET
    birthdate = coalesce(excluded.birthdate, citizen_identity.birthdate), verified_at = excluded.verified_at`;
// The account an address signs in to with a password: one that already has a password, else the
// xID-verified one, else the newest. A person may hold several 利用者キー under one address (each
// first reservation makes one); the password belongs to exactly one of them.
const PRIMARY_FOR_EMAIL = `SELECT p.account_id AS "accountId", a.login_id AS "userKey", a.display_name AS name, p.email, p.locale, i.birthdate
  FROM citizen_profiles p
  JOIN accounts a ON a.id = p.account_id
  LEFT JOIN credentials c ON c.account_id = p.account_id AND c.purpose = 'password'
  LEFT JOIN citizen_identity i ON i.account_id = p.account_id
  WHERE lower(p.email) = lower(?) AND p.email IS NOT NULL AND a.deleted_at IS NULL AND a.kind = 'citizen'
  ORDER BY CASE WHEN c.account_id IS NULL THEN 1 ELSE 0 END, c.updated_at DESC, p.identity_verified DESC, p.account_id DESC
  LIMIT 1`;

export class IdentityStore {
  constructor(private readonly store: Store) {}

  holderOf(sub: string): Promise<SubjectHolder | undefined> {
    return this.store.get<SubjectHolder>(BY_SUB, [sub]);
  }

  /** Includes deleted accounts: a subject never moves to a second account by itself. */
  async subTaken(sub: string): Promise<boolean> {
    return (await this.store.get(SUB_TAKEN, [sub])) !== undefined;
  }

  async subOf(accountId: number): Promise<string | null> {
    return (await this.store.get<{ sub: string | null }>(SUB_OF, [accountId]))?.sub ?? null;
  }

  /** False when the account already has a subject (one per account). Run inside a transaction. */
  async attach(accountId: number, sub: string, birthdate: string | null, origin: 'register' | 'link', now: number): Promise<boolean> {
    if ((await this.store.run(SET_SUB, [sub, now, accountId])).changes !== 1) return false;
    await this.store.run(SAVE_IDENTITY, [accountId, birthdate, origin, now]);
    return true;
  }

  passwordAccountFor(email: string): Promise<PasswordAccount | undefined> {
    return this.store.get<PasswordAccount>(PRIMARY_FOR_EMAIL, [email]);
  }
}
