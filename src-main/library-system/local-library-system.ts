// The `local` library system: this app's own store, the embedded default. It wraps the library
// area's services unchanged (loans.ts, holds.ts and their SQL), so a site without an ILS behaves
// exactly as before the port existed. Item ids at the counter are catalogue ids written as text.
import type { HoldView, LoanView } from '../../src-shared/contract/library';
import type { Accounts } from '../auth/accounts';
import { type KdfParams, verifySecret } from '../auth/secrets';
import type { Clock } from '../clock';
import type { LibraryCalendar } from '../library/calendar';
import type { Catalogue } from '../library/catalogue';
import type { Holds } from '../library/holds';
import type { Loans } from '../library/loans';
import type { Store } from '../store/store';
import type {
  CardStanding,
  CheckinResult,
  CheckoutResult,
  CirculationCounts,
  FinesSummary,
  ItemInformation,
  LibrarySystem,
  PatronCheck,
  PatronRef,
  PatronStanding,
} from './library-system';

export interface LocalLibraryParts {
  store: Store;
  clock: Clock;
  calendar: LibraryCalendar;
  accounts: Accounts;
  kdf: KdfParams;
  catalogue: Catalogue;
  loans: Loans;
  holds: Holds;
}

/** Exported for the bench's raw baselines. */
export const LOANS = 'SELECT count(*) AS n, coalesce(sum(CASE WHEN due_date < ? THEN 1 ELSE 0 END), 0) AS overdue FROM loans WHERE account_id = ?';
const HOLDS = `SELECT count(*) AS n, coalesce(sum(CASE WHEN status = 'ready' THEN 1 ELSE 0 END), 0) AS ready
  FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')`;
const LOAN_OF_ITEM = 'SELECT id, account_id, due_date FROM loans WHERE item_id = ? ORDER BY id LIMIT 1';
const WAITING_ON_ITEM = "SELECT count(*) AS n FROM holds WHERE item_id = ? AND status = 'waiting'";
const READY_ON_ITEM = "SELECT count(*) AS n FROM holds WHERE item_id = ? AND status = 'ready'";

/** A catalogue id written as the counter would scan it; anything else is no local item. */
function catalogueId(itemId: string): number | null {
  return /^[1-9][0-9]{0,15}$/.test(itemId) ? Number(itemId) : null;
}

// The counter scans an item's barcode (資料ID, from the catalogue import); items without one (the
// demo's, older data) are named by their catalogue id. A barcode wins over an id of the same digits.
export const COUNTER_ITEM_BY_BARCODE = 'SELECT id, title, author, status FROM catalogue_items WHERE barcode = ?';
export const COUNTER_ITEM_BY_ID = 'SELECT id, title, author, status FROM catalogue_items WHERE id = ?';

interface CounterItem {
  id: number;
  title: string;
  author: string;
  /** 利用可 (available) lends; 禁帯出, 修理中, 不明 and 除籍 do not. */
  status: string;
}

export class LocalLibrarySystem implements LibrarySystem {
  readonly kind = 'local' as const;
  readonly ownsLoans = false;

  constructor(private readonly p: LocalLibraryParts) {}

  private today(): string {
    return this.p.calendar.dateOf(this.p.clock.now());
  }

  async checkPatron(cardNumber: string, password: string): Promise<PatronCheck> {
    const account = await this.p.accounts.findByLogin('patron', cardNumber);
    const credential = account ? await this.p.accounts.credential(account.id, 'password') : undefined;
    const passwordOk = credential ? (await verifySecret(password, credential.hash, this.p.kdf)).ok : false;
    return { known: account !== undefined, passwordOk, name: account?.displayName ?? '', blocked: false };
  }

  /** Local blocks are the account's own flags (利用中止, 事故登録), which the login checks itself. */
  async standing(patron: PatronRef): Promise<PatronStanding> {
    const account = await this.p.accounts.get(patron.accountId);
    return { blocked: false, flags: [], name: account?.displayName ?? '' };
  }

  async counts(patron: PatronRef): Promise<CirculationCounts> {
    const { store } = this.p;
    const [loans, holds] = await Promise.all([
      store.get<{ n: number; overdue: number }>(LOANS, [this.today(), patron.accountId]),
      store.get<{ n: number; ready: number }>(HOLDS, [patron.accountId]),
    ]);
    return { loans: loans?.n ?? 0, overdue: loans?.overdue ?? 0, holds: holds?.n ?? 0, ready: holds?.ready ?? 0 };
  }

  loans(patron: PatronRef): Promise<LoanView[]> {
    return this.p.loans.list(patron.accountId);
  }

  renew(patron: PatronRef, loanId: number): Promise<LoanView> {
    return this.p.loans.renew(patron.accountId, loanId);
  }

  holds(patron: PatronRef): Promise<HoldView[]> {
    return this.p.holds.list(patron.accountId);
  }

  placeHolds(patron: PatronRef, itemIds: number[], pickupBranch: string): Promise<HoldView[]> {
    return this.p.holds.place(patron.accountId, itemIds, pickupBranch);
  }

  cancelHold(patron: PatronRef, holdId: number): Promise<void> {
    return this.p.holds.cancel(patron.accountId, holdId);
  }

  changePickup(patron: PatronRef, holdId: number, pickupBranch: string): Promise<HoldView> {
    return this.p.holds.changePickup(patron.accountId, holdId, pickupBranch);
  }

  setHoldMail(patron: PatronRef, holdId: number, notifyMail: boolean): Promise<HoldView> {
    return this.p.holds.setMail(patron.accountId, holdId, notifyMail);
  }

  /** The local store keeps no fines. */
  async fines(): Promise<FinesSummary> {
    return { count: 0, amount: null, currency: null, lines: [] };
  }

  async cardStanding(cardNumber: string): Promise<CardStanding | null> {
    const account = await this.p.accounts.findByLogin('patron', cardNumber);
    if (!account) return null;
    const loans = await this.p.store.get<{ n: number; overdue: number }>(LOANS, [this.today(), account.id]);
    // Local blocks (利用中止, 事故登録) are the account's own flags; the counter reads those itself.
    return { name: account.displayName, blocked: false, flags: [], loans: loans?.n ?? 0, overdue: loans?.overdue ?? 0 };
  }

  /** The catalogue item a counter scan names: by barcode, else by catalogue id. */
  private async counterItem(code: string): Promise<CounterItem | undefined> {
    const byBarcode = await this.p.store.get<CounterItem>(COUNTER_ITEM_BY_BARCODE, [code]);
    if (byBarcode) return byBarcode;
    const id = catalogueId(code);
    return id === null ? undefined : this.p.store.get<CounterItem>(COUNTER_ITEM_BY_ID, [id]);
  }

  /** One transaction (Loans.checkOut): the checks and the loan, or nothing. */
  async checkout(patron: PatronRef, itemId: string): Promise<CheckoutResult> {
    const item = await this.counterItem(itemId);
    const refused = { ok: false, itemId, title: item?.title ?? '', author: item?.author ?? '', dueDate: null, message: null, holdCollected: false } as const;
    if (!item) return { ...refused, refusal: 'item_unknown' };
    if (item.status !== 'available') return { ...refused, refusal: 'item_not_lendable' };
    const lent = await this.p.loans.checkOut(patron.accountId, item.id);
    if (!lent.ok) return { ...refused, refusal: lent.refusal };
    return { ok: true, itemId, title: item.title, author: item.author, dueDate: lent.dueDate, message: null, refusal: null, holdCollected: lent.holdCollected };
  }

  async checkin(itemId: string): Promise<CheckinResult> {
    const item = await this.counterItem(itemId);
    const refused = { ok: false, itemId, title: item?.title ?? '', alert: false, message: null, hold: null } as const;
    if (!item) return { ...refused, refusal: 'item_unknown' };
    const { id } = item;
    return this.p.store.transaction(async (): Promise<CheckinResult> => {
      const loan = await this.p.store.get<{ id: number }>(LOAN_OF_ITEM, [id]);
      if (!loan) return { ...refused, refusal: 'not_on_loan' };
      // The next waiting hold became ready: the copy goes to the 取置 shelf, not back to the stacks.
      const hold = await this.p.loans.returnLoan(loan.id);
      return { ok: true, itemId, title: item.title, alert: hold !== null, message: null, refusal: null, hold };
    });
  }

  async itemInformation(itemId: string): Promise<ItemInformation | null> {
    const id = catalogueId(itemId);
    const item = id === null ? undefined : await this.p.catalogue.get(id);
    if (id === null || !item) return null;
    const [loan, waiting, ready] = await Promise.all([
      this.p.store.get<{ due_date: string }>(LOAN_OF_ITEM, [id]),
      this.p.store.get<{ n: number }>(WAITING_ON_ITEM, [id]),
      this.p.store.get<{ n: number }>(READY_ON_ITEM, [id]),
    ]);
    const state = loan ? 'on_loan' : (ready?.n ?? 0) > 0 ? 'on_hold_shelf' : 'available';
    return { itemId, title: item.title, state, dueDate: loan?.due_date ?? null, holdQueueLength: waiting?.n ?? 0 };
  }

  async close(): Promise<void> {}
}
