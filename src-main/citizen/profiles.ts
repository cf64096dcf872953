// The citizen_profiles table: contact details of a citizen account. 氏名 is accounts.display_name.
import type { Locale } from '../../src-shared/contract/session';
import type { Db } from '../store/database';

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

const SELECT = `SELECT p.account_id AS accountId, a.login_id AS userKey, a.display_name AS name, p.phone, p.email,
  p.postal_code AS postalCode, p.address, p.locale
  FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id`;

export class CitizenProfiles {
  private readonly insertRow;
  private readonly byAccount;
  private readonly byEmail;
  private readonly updateRow;

  constructor(db: Db) {
    this.insertRow = db.prepare<[number, string, string | null, string | null, string | null, Locale, number, number]>(
      `INSERT INTO citizen_profiles (account_id, phone, email, postal_code, address, locale, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byAccount = db.prepare<[number], CitizenProfileRow>(`${SELECT} WHERE p.account_id = ?`);
    // lower(email) matches the expression index citizen_profiles_email.
    this.byEmail = db.prepare<[string], KeyHolder>(
      `SELECT p.account_id AS accountId, a.login_id AS userKey, a.display_name AS name
       FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
       WHERE lower(p.email) = lower(?) AND p.email IS NOT NULL AND a.deleted_at IS NULL
       ORDER BY p.account_id LIMIT 50`,
    );
    this.updateRow = db.prepare<[string, string | null, string | null, string | null, number, number]>(
      `UPDATE citizen_profiles SET phone = ?, email = ?, postal_code = ?, address = ?, updated_at = ? WHERE account_id = ?`,
    );
  }

  insert(accountId: number, details: ContactDetails, locale: Locale, now: number): void {
    this.insertRow.run(accountId, details.phone, details.email, details.postalCode, details.address, locale, now, now);
  }

  get(accountId: number): CitizenProfileRow | undefined {
    return this.byAccount.get(accountId);
  }

  /** Every live account registered with the address (a person may hold several keys). */
  holdersOf(email: string): KeyHolder[] {
    return this.byEmail.all(email);
  }

  update(accountId: number, details: ContactDetails, now: number): void {
    this.updateRow.run(details.phone, details.email, details.postalCode, details.address, now, accountId);
  }
}

/** Addresses are compared without case: people type them differently from one visit to the next. */
export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
