// 借りている資料: current loans, the renewal rules (not overdue, nobody else waiting for the item,
// at most once) and the counter's lend and return. A return deletes the loan; it is copied to
// the loan history only when the patron keeps one (貸出履歴 残す).
import type { LoanView, RenewBlock } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { ReadiedHold } from '../library-system/library-system';
import { LibraryCalendar } from './calendar';
import type { LibraryDeps } from './deps';
import type { Holds } from './holds';
import { insertedId } from '../store/inserted-id';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

/** Renewals allowed per loan. */
export const MAX_RENEWALS = 1;

interface LoanRow extends ItemColumns {
  id: number;
  account_id: number;
  branch: string;
  loaned_at: number;
  due_date: string;
  renewals: number;
  reserved: number;
}

export interface LendOptions {
  branch?: string;
  loanedAt?: number;
  dueDate?: string;
}

/** The counter's checkout of one item: the loan made, or why not. */
export type CheckOut =
  | { ok: true; loanId: number; dueDate: string; holdCollected: boolean }
  | { ok: false; refusal: 'item_on_loan' | 'item_reserved' };

// "Reserved by others": someone else's hold on the same item is still waiting.
const SELECT = `SELECT l.*, ${ITEM_AS},
    CASE WHEN EXISTS (SELECT 1 FROM holds h WHERE h.item_id = l.item_id AND h.status = 'waiting' AND h.account_id <> l.account_id)
      THEN 1 ELSE 0 END AS reserved
  FROM loans l JOIN catalogue_items i ON i.id = l.item_id`;
const LIST = `${SELECT} WHERE l.account_id = ? ORDER BY l.due_date, l.id`;
/** The loan row locked for a change: a renewal and the counter's return of it wait for each other. */
const ONE_FOR_UPDATE = `${SELECT} WHERE l.id = ? FOR UPDATE OF l`;
const ONE = `${SELECT} WHERE l.id = ?`;
const INSERT = 'INSERT INTO loans (account_id, item_id, branch, loaned_at, due_date) VALUES (?, ?, ?, ?, ?) RETURNING id';
const RENEW = 'UPDATE loans SET due_date = ?, renewals = renewals + 1 WHERE id = ?';
const DELETE = 'DELETE FROM loans WHERE id = ?';
const KEEPS_HISTORY = 'SELECT keep_history FROM patrons WHERE account_id = ?';
/** The item's current loan, locked: two counters scanning one copy wait for each other. */
export const LOAN_OF_ITEM_FOR_UPDATE = 'SELECT id, account_id FROM loans WHERE item_id = ? ORDER BY id LIMIT 1 FOR UPDATE';
/** The hold first in line for a copy: a ready one (on the 取置 shelf) before the waiting queue. */
export const FIRST_HOLD_ON_ITEM = `SELECT id, account_id FROM holds WHERE item_id = ? AND status IN ('waiting', 'ready')
  ORDER BY CASE WHEN status = 'ready' THEN 0 ELSE 1 END, id LIMIT 1 FOR UPDATE`;
export const INSERT_LOAN = INSERT;
const HISTORY = 'INSERT INTO loan_history (account_id, item_id, branch, loaned_at, returned_at) VALUES (?, ?, ?, ?, ?)';

export class Loans {
  constructor(
    private readonly d: LibraryDeps,
    private readonly holds: Holds,
  ) {}

  private today(): string {
    return this.d.calendar.dateOf(this.d.clock.now());
  }

  private view(r: LoanRow, today: string): LoanView {
    const overdue = r.due_date < today;
    const block: RenewBlock | null = overdue ? 'overdue' : r.reserved === 1 ? 'reserved' : r.renewals >= MAX_RENEWALS ? 'renewed' : null;
    return { id: r.id, item: itemOf(r), branch: r.branch, loanedAt: r.loaned_at, dueDate: r.due_date, overdue, renewals: r.renewals, renewBlock: block };
  }

  async list(accountId: number): Promise<LoanView[]> {
    const today = this.today();
    return (await this.d.store.all<LoanRow>(LIST, [accountId])).map((r) => this.view(r, today));
  }

  renew(accountId: number, loanId: number): Promise<LoanView> {
    const { store } = this.d;
    return store.transaction(async () => {
      const row = await store.get<LoanRow>(ONE_FOR_UPDATE, [loanId]);
      if (!row || row.account_id !== accountId) throw new DomainError('not_found');
      const today = this.today();
      if (this.view(row, today).renewBlock) throw new DomainError('not_allowed');
      // The new period counts from the renewal day, and never shortens the loan.
      const extended = LibraryCalendar.addDays(today, this.d.config.loanDays);
      await store.run(RENEW, [extended > row.due_date ? extended : row.due_date, loanId]);
      return this.view((await store.get<LoanRow>(ONE, [loanId])) as LoanRow, today);
    });
  }

  /** The counter lends an item (also the demo data and tests). */
  async lend(accountId: number, itemId: number, options: LendOptions = {}): Promise<number> {
    const loanedAt = options.loanedAt ?? this.d.clock.now();
    const due = options.dueDate ?? LibraryCalendar.addDays(this.d.calendar.dateOf(loanedAt), this.d.config.loanDays);
    return insertedId(await this.d.store.get<{ id: number }>(INSERT, [accountId, itemId, options.branch ?? this.d.branches.main, loanedAt, due]));
  }

  /**
   * The counter lends a copy (issue 14): refused while it is on loan, or while someone else's hold
   * is first in line for it (ready on the 取置 shelf, or first in the queue); the patron's own first
   * hold is fulfilled by the loan. One transaction, so a refusal writes nothing.
   */
  checkOut(accountId: number, itemId: number): Promise<CheckOut> {
    const { store } = this.d;
    return store.transaction(async (): Promise<CheckOut> => {
      if (await store.get(LOAN_OF_ITEM_FOR_UPDATE, [itemId])) return { ok: false, refusal: 'item_on_loan' };
      const first = await store.get<{ id: number; account_id: number }>(FIRST_HOLD_ON_ITEM, [itemId]);
      if (first && first.account_id !== accountId) return { ok: false, refusal: 'item_reserved' };
      if (first) await this.holds.fulfil(first.id);
      const loanedAt = this.d.clock.now();
      const dueDate = LibraryCalendar.addDays(this.d.calendar.dateOf(loanedAt), this.d.config.loanDays);
      const loanId = await this.lend(accountId, itemId, { loanedAt, dueDate });
      return { ok: true, loanId, dueDate, holdCollected: first !== undefined };
    });
  }

  /** The counter takes an item back; the next waiting hold on it becomes ready (and is returned). */
  async returnLoan(loanId: number): Promise<ReadiedHold | null> {
    const { store } = this.d;
    return store.transaction(async () => {
      const row = await store.get<LoanRow>(ONE_FOR_UPDATE, [loanId]);
      if (!row) throw new DomainError('not_found');
      const now = this.d.clock.now();
      await store.run(DELETE, [loanId]);
      if ((await store.get<{ keep_history: number }>(KEEPS_HISTORY, [row.account_id]))?.keep_history === 1) {
        await store.run(HISTORY, [row.account_id, row.i_id, row.branch, row.loaned_at, now]);
      }
      return this.holds.readyNextFor(row.i_id);
    });
  }
}
