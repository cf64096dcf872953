// The citizen_profiles table: contact details of a citizen account. 氏名 is accounts.display_name.
import type { Locale } from '../../src-shared/contract/session';
import type { Store } from '../store/store';

export interface CitizenProfileRow {
  accountId: number;
  userKey: string;
  name: string;
  phone: string;
  email: string | null;
  postalCode: string | null;
  address: string | null;
  locale: Locale;
}

export interface ContactDetails {
  phone: string;
  email: string | null;
  postalCode: string | null;
  address: string | null;
}

export interface KeyHolder {
  accountId: number;
  userKey: string;
  name: string;
}

const INSERT = `INSERT INTO citizen_profiles (account_id, phone, email, postal_code, address, locale, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const BY_ACCOUNT = `SELECT p.account_id AS "accountId", a.login_id AS "userKey", a.display_name AS name, p.phone, p.email,
  p.postal_code AS "postalCode", p.address, p.locale
  FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
  WHERE p.account_id = ?`;
// lower(email) matches the expression index citizen_profiles_email.
const BY_EMAIL = `SELECT p.account_id AS "accountId", a.login_id AS "userKey", a.display_name AS name
  FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
  WHERE lower(p.email) = lower(?) AND p.email IS NOT NULL AND a.deleted_at IS NULL
  ORDER BY p.account_id LIMIT 50`;
const UPDATE = 'UPDATE citizen_profiles SET phone = ?, email = ?, postal_code = ?, address = ?, updated_at = ? WHERE account_id = ?';

export class CitizenProfiles {
  constructor(private readonly store: Store) {}

  async insert(accountId: number, details: ContactDetails, locale: Locale, now: number): Promise<void> {
    await this.store.run(INSERT, [accountId, details.phone, details.email, details.postalCode, details.address, locale, now, now]);
  }

  get(accountId: number): Promise<CitizenProfileRow | undefined> {
    return this.store.get<CitizenProfileRow>(BY_ACCOUNT, [accountId]);
  }

  /** Every live account registered with the address (a person may hold several keys). */
  holdersOf(email: string): Promise<KeyHolder[]> {
    return this.store.all<KeyHolder>(BY_EMAIL, [email]);
  }

  async update(accountId: number, details: ContactDetails, now: number): Promise<void> {
    await this.store.run(UPDATE, [details.phone, details.email, details.postalCode, details.address, now, accountId]);
  }
}

/** Addresses are compared without case: people type them differently from one visit to the next. */
export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
