// SQL for the patrons table: the profile the counter registers and the settings of
// 利用者情報変更. Destinations are stored as bit sets (1 = 自PC, 2 = 携帯).
import type { Destinations, PatronSettings } from '../../src-shared/contract/library';
import type { Locale } from '../../src-shared/contract/session';
import type { Store } from '../store/store';

export interface Patron {
  accountId: number;
  cardNumber: string;
  displayName: string;
  nameKana: string | null;
  birthDate: string;
  phones: { mobile: string | null; home: string | null; work: string | null };
  settings: PatronSettings;
  historySince: number | null;
  mailLocale: Locale;
}

export interface NewPatron {
  accountId: number;
  birthDate: string;
  phones: Patron['phones'];
  email: string | null;
  emailKind: 'pc' | 'mobile';
  pickupBranch: string;
  mailLocale: Locale;
  now: number;
}

export interface PatronRowDb {
  account_id: number;
  login_id: string;
  display_name: string;
  name_kana: string | null;
  birth_date: string;
  phone_mobile: string | null;
  phone_home: string | null;
  phone_work: string | null;
  email1: string | null;
  email1_kind: 'pc' | 'mobile';
  email2: string | null;
  email2_kind: 'pc' | 'mobile';
  registration_mail: number;
  registration_to: number;
  hold_to: number;
  sdi_to: number;
  due_notice: number;
  due_notice_to: number;
  due_notice_days: number;
  pickup_branch: string;
  hold_contact: PatronSettings['holdContact'];
  phone_contact: PatronSettings['phoneContact'];
  keep_history: number;
  history_since: number | null;
  mail_locale: Locale;
}

export function toBits(d: Destinations): number {
  return (d.pc ? 1 : 0) | (d.mobile ? 2 : 0);
}

export function fromBits(bits: number): Destinations {
  return { pc: (bits & 1) !== 0, mobile: (bits & 2) !== 0 };
}

export function patronFromRow(r: PatronRowDb): Patron {
  return {
    accountId: r.account_id,
    cardNumber: r.login_id,
    displayName: r.display_name,
    nameKana: r.name_kana,
    birthDate: r.birth_date,
    phones: { mobile: r.phone_mobile, home: r.phone_home, work: r.phone_work },
    settings: {
      email1: r.email1,
      email1Kind: r.email1_kind,
      email2: r.email2,
      email2Kind: r.email2_kind,
      registrationMail: r.registration_mail === 1,
      registrationTo: fromBits(r.registration_to),
      holdTo: fromBits(r.hold_to),
      sdiTo: fromBits(r.sdi_to),
      dueNotice: r.due_notice === 1,
      dueNoticeTo: fromBits(r.due_notice_to),
      dueNoticeDays: r.due_notice_days,
      pickupBranch: r.pickup_branch,
      holdContact: r.hold_contact,
      phoneContact: r.phone_contact,
      keepHistory: r.keep_history === 1,
    },
    historySince: r.history_since,
    mailLocale: r.mail_locale,
  };
}

const PATRON_SELECT = `SELECT p.*, a.login_id, a.display_name, a.name_kana FROM patrons p JOIN accounts a ON a.id = p.account_id`;
const BY_ACCOUNT = `${PATRON_SELECT} WHERE p.account_id = ?`;
const INSERT = `INSERT INTO patrons (account_id, birth_date, phone_mobile, phone_home, phone_work, email1, email1_kind,
    pickup_branch, hold_contact, mail_locale, created_at, updated_at)
  VALUES (@accountId, @birthDate, @mobile, @home, @work, @email, @emailKind, @pickupBranch, @holdContact, @mailLocale, @now, @now)`;
const UPDATE = `UPDATE patrons SET email1 = @email1, email1_kind = @email1Kind, email2 = @email2, email2_kind = @email2Kind,
    registration_mail = @registrationMail, registration_to = @registrationTo, hold_to = @holdTo, sdi_to = @sdiTo,
    due_notice = @dueNotice, due_notice_to = @dueNoticeTo, due_notice_days = @dueNoticeDays,
    pickup_branch = @pickupBranch, hold_contact = @holdContact, phone_contact = @phoneContact,
    keep_history = @keepHistory, history_since = @historySince, updated_at = @now
  WHERE account_id = @accountId`;

export class PatronStore {
  constructor(private readonly store: Store) {}

  async get(accountId: number): Promise<Patron | undefined> {
    const row = await this.store.get<PatronRowDb>(BY_ACCOUNT, [accountId]);
    return row ? patronFromRow(row) : undefined;
  }

  async insert(p: NewPatron): Promise<void> {
    await this.store.run(INSERT, {
      accountId: p.accountId,
      birthDate: p.birthDate,
      mobile: p.phones.mobile,
      home: p.phones.home,
      work: p.phones.work,
      email: p.email,
      emailKind: p.emailKind,
      pickupBranch: p.pickupBranch,
      // A patron registered with an address is told about holds by mail; otherwise by phone
      // when there is one. Either can be changed in 利用者情報変更.
      holdContact: p.email ? 'mail' : p.phones.mobile || p.phones.home || p.phones.work ? 'phone' : 'none',
      mailLocale: p.mailLocale,
      now: p.now,
    });
  }

  async saveSettings(accountId: number, s: PatronSettings, historySince: number | null, now: number): Promise<void> {
    await this.store.run(UPDATE, {
      accountId,
      email1: s.email1,
      email1Kind: s.email1Kind,
      email2: s.email2,
      email2Kind: s.email2Kind,
      registrationMail: s.registrationMail ? 1 : 0,
      registrationTo: toBits(s.registrationTo),
      holdTo: toBits(s.holdTo),
      sdiTo: toBits(s.sdiTo),
      dueNotice: s.dueNotice ? 1 : 0,
      dueNoticeTo: toBits(s.dueNoticeTo),
      dueNoticeDays: s.dueNoticeDays,
      pickupBranch: s.pickupBranch,
      holdContact: s.holdContact,
      phoneContact: s.phoneContact,
      keepHistory: s.keepHistory ? 1 : 0,
      historySince,
      now,
    });
  }
}

/** The registered addresses a kind of mail goes to: every address whose tag is ticked. */
export function addressesFor(s: PatronSettings, to: Destinations): string[] {
  const out: string[] = [];
  for (const [address, kind] of [[s.email1, s.email1Kind], [s.email2, s.email2Kind]] as const) {
    if (address && to[kind] && !out.includes(address)) out.push(address);
  }
  return out;
}
