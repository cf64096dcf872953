// The library system port: what the library screens and the counter's lending need from wherever
// a library keeps its patrons, loans and holds. Two adapters: `local` (this app's store, the
// embedded default) and `sip2` (the library's own ILS). Like the store port, one interface with
// one adapter per back end (the Kysely dialects shape), chosen once at start by library.system.
//
// Patrons are named by their local account id and card number together: the local adapter works
// by account, the ILS by card. Items in views carry catalogue ids (the ILS's items are linked to
// catalogue rows, ils-items.ts), so the screens, shelves and cart see one kind of id whatever the
// system. Every adapter failure that is not an answer becomes DomainError
// 'library_system_unavailable'; an ILS "no" (renewal refused, hold not placed) is 'not_allowed'.
import type { HoldView, LoanView } from '../../src-shared/contract/library';

export type LibrarySystemKind = 'local' | 'sip2';

export interface PatronRef {
  accountId: number;
  cardNumber: string;
}

/** What the system says about a card and password at login. */
export interface PatronCheck {
  /** The card is known to the system. */
  known: boolean;
  /** The password is right. */
  passwordOk: boolean;
  /** The name the system has for the card ('' when unknown). */
  name: string;
  /** The system blocks this patron (SIP2 patron status flags): they are sent to the counter. */
  blocked: boolean;
}

export interface PatronStanding {
  blocked: boolean;
  /** Names of the flags set (SIP2 patron status), for the log and the counter; never shown to the patron. */
  flags: string[];
  name: string;
}

export interface CirculationCounts {
  loans: number;
  overdue: number;
  holds: number;
  ready: number;
}

export interface FinesSummary {
  /** Fine or fee records the system lists. */
  count: number;
  /** The amount owed as the system wrote it (SIP2 BV), or null when it did not say. */
  amount: string | null;
  currency: string | null;
  /** One line per record as the system describes it. */
  lines: string[];
}

/**
 * Why a checkout was refused: the item is not in the system, is not for loan (禁帯出, 修理中, 不明,
 * 除籍), is on loan already, or is kept for someone else's hold; `refused` when the system said no
 * without a reason we can read (an ILS "no" whose screen message is then shown).
 */
export type CheckoutRefusal = 'item_unknown' | 'item_not_lendable' | 'item_on_loan' | 'item_reserved' | 'refused';

export interface CheckoutResult {
  ok: boolean;
  itemId: string;
  title: string;
  /** '' when the system does not say (SIP2 carries no author). */
  author: string;
  /** Library-local 'YYYY-MM-DD', or null when refused or unreadable. */
  dueDate: string | null;
  /** What the system asks to be shown (SIP2 AF), if anything. */
  message: string | null;
  /** Set exactly when ok is false. */
  refusal: CheckoutRefusal | null;
  /** The loan fills this patron's own hold on the item (picked up from the 取置 shelf). */
  holdCollected: boolean;
}

/** Why a checkin was refused: no such item, or the item is not on loan. */
export type CheckinRefusal = 'item_unknown' | 'not_on_loan' | 'refused';

/** The hold a returned item now waits for on the 取置 shelf. */
export interface ReadiedHold {
  /** Where the item waits (a branch code), when the system says. */
  pickupBranch: string | null;
  /** Last day it waits there ('YYYY-MM-DD'), when the system says. */
  pickupUntil: string | null;
  /** How the patron hears of it: mail queued now, or the counter telephones; null: the system's own notice. */
  contact: 'mail' | 'phone' | 'none' | null;
  /** 予約資料準備完了 mails queued in the return's transaction (local only). */
  mailsQueued: number;
}

export interface CheckinResult {
  ok: boolean;
  itemId: string;
  title: string;
  /** The item needs staff attention (a hold to fill, another branch's item). */
  alert: boolean;
  message: string | null;
  /** Set exactly when ok is false. */
  refusal: CheckinRefusal | null;
  /** The item goes to the 取置 shelf for a waiting hold, not back to the stacks. */
  hold: ReadiedHold | null;
}

/** What the counter reads from a card before lending, in one question to the system. */
export interface CardStanding {
  name: string;
  /** The system blocks the patron (SIP2 patron status flags). */
  blocked: boolean;
  flags: string[];
  loans: number;
  overdue: number;
}

export type ItemState = 'available' | 'on_loan' | 'on_hold_shelf' | 'other';

export interface ItemInformation {
  itemId: string;
  title: string;
  state: ItemState;
  dueDate: string | null;
  /** Holds waiting on the item, when the system says. */
  holdQueueLength: number | null;
}

export interface LibrarySystem {
  readonly kind: LibrarySystemKind;
  /**
   * true when loans live in the system and it sends its own due-date notices: Madoguchi's
   * reminder job then sends none, so no patron gets two reminders for one loan.
   */
  readonly ownsLoans: boolean;
  checkPatron(cardNumber: string, password: string): Promise<PatronCheck>;
  standing(patron: PatronRef): Promise<PatronStanding>;
  counts(patron: PatronRef): Promise<CirculationCounts>;
  loans(patron: PatronRef): Promise<LoanView[]>;
  /** `loanId` as the loan views gave it. Refused: 'not_allowed'; not the patron's: 'not_found'. */
  renew(patron: PatronRef, loanId: number): Promise<LoanView>;
  holds(patron: PatronRef): Promise<HoldView[]>;
  /** Holds on catalogue items at one pickup branch; items held already are skipped. */
  placeHolds(patron: PatronRef, itemIds: number[], pickupBranch: string): Promise<HoldView[]>;
  cancelHold(patron: PatronRef, holdId: number): Promise<void>;
  changePickup(patron: PatronRef, holdId: number, pickupBranch: string): Promise<HoldView>;
  /** 予約関連メール per hold; only where Madoguchi sends the hold mails (local). */
  setHoldMail(patron: PatronRef, holdId: number, notifyMail: boolean): Promise<HoldView>;
  fines(patron: PatronRef): Promise<FinesSummary>;
  /**
   * The counter reads a patron card: null when the system does not know it. Needs no local account
   * (an ILS patron may never have logged in at a kiosk).
   */
  cardStanding(cardNumber: string): Promise<CardStanding | null>;
  /**
   * The counter lends an item, named as the system names it (SIP2 item id; local: catalogue id).
   * The counter may lend to an ILS patron without a local account: PatronRef.accountId is then 0,
   * which checkout, checkin, loans and renew of the sip2 adapter never read (they name the card).
   */
  checkout(patron: PatronRef, itemId: string): Promise<CheckoutResult>;
  checkin(itemId: string): Promise<CheckinResult>;
  /** null when the system does not know the item. */
  itemInformation(itemId: string): Promise<ItemInformation | null>;
  close(): Promise<void>;
}
