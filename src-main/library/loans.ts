// 借りている資料: current loans, the renewal rules (not overdue, nobody else waiting for the item,
// at most once) and the counter's lend and return. A return deletes the loan; it is copied to
// the loan history only when the patron keeps one (貸出履歴 残す).
import type { LoanView, RenewBlock } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import { LibraryCalendar } from './calendar';
import { type LibraryDeps, inTransaction } from './deps';
import type { Holds } from './holds';
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

export class Loans {
  private readonly stmt;

  constructor(
    private readonly d: LibraryDeps,
    private readonly holds: Holds,
  ) {
    // "Reserved by others": someone else's hold on the same item is still waiting.
    const select = `SELECT l.*, ${ITEM_AS},
        EXISTS (SELECT 1 FROM holds h WHERE h.item_id = l.item_id AND h.status = 'waiting' AND h.account_id <> l.account_id) AS reserved
      FROM loans l JOIN catalogue_items i ON i.id = l.item_id`;
    this.stmt = {
      list: d.db.prepare<[number], LoanRow>(`${select} WHERE l.account_id = ? ORDER BY l.due_date, l.id`),
      one: d.db.prepare<[number], LoanRow>(`${select} WHERE l.id = ?`),
      insert: d.db.prepare<[number, number, string, number, string]>(
        'INSERT INTO loans (account_id, item_id, branch, loaned_at, due_date) VALUES (?, ?, ?, ?, ?)',
      ),
      renew: d.db.prepare<[string, number]>('UPDATE loans SET due_date = ?, renewals = renewals + 1 WHERE id = ?'),
      delete: d.db.prepare<[number]>('DELETE FROM loans WHERE id = ?'),
      keepsHistory: d.db.prepare<[number], { keep_history: number }>('SELECT keep_history FROM patrons WHERE account_id = ?'),
      history: d.db.prepare<[number, number, string, number, number]>(
        'INSERT INTO loan_history (account_id, item_id, branch, loaned_at, returned_at) VALUES (?, ?, ?, ?, ?)',
      ),
    };
  }

  private today(): string {
    return this.d.calendar.dateOf(this.d.clock.now());
  }

  private view(r: LoanRow, today: string): LoanView {
    const overdue = r.due_date < today;
    const block: RenewBlock | null = overdue ? 'overdue' : r.reserved ? 'reserved' : r.renewals >= MAX_RENEWALS ? 'renewed' : null;
    return { id: r.id, item: itemOf(r), branch: r.branch, loanedAt: r.loaned_at, dueDate: r.due_date, overdue, renewals: r.renewals, renewBlock: block };
  }

  list(accountId: number): LoanView[] {
    const today = this.today();
    return this.stmt.list.all(accountId).map((r) => this.view(r, today));
  }

  renew(accountId: number, loanId: number): LoanView {
    return inTransaction(this.d.db, () => {
      const row = this.stmt.one.get(loanId);
      if (!row || row.account_id !== accountId) throw new DomainError('not_found');
      const today = this.today();
      if (this.view(row, today).renewBlock) throw new DomainError('not_allowed');
      // The new period counts from the renewal day, and never shortens the loan.
      const extended = LibraryCalendar.addDays(today, this.d.config.loanDays);
      this.stmt.renew.run(extended > row.due_date ? extended : row.due_date, loanId);
      return this.view(this.stmt.one.get(loanId) as LoanRow, today);
    });
  }

  /** The counter lends an item (also the demo data and tests). */
  lend(accountId: number, itemId: number, options: LendOptions = {}): number {
    const loanedAt = options.loanedAt ?? this.d.clock.now();
    const due = options.dueDate ?? LibraryCalendar.addDays(this.d.calendar.dateOf(loanedAt), this.d.config.loanDays);
    const { lastInsertRowid } = this.stmt.insert.run(accountId, itemId, options.branch ?? this.d.branches.main, loanedAt, due);
    return Number(lastInsertRowid);
  }

  /** The counter takes an item back; the next waiting hold on it becomes ready. */
  returnLoan(loanId: number): void {
    inTransaction(this.d.db, () => {
      const row = this.stmt.one.get(loanId);
      if (!row) throw new DomainError('not_found');
      const now = this.d.clock.now();
      this.stmt.delete.run(loanId);
      if (this.stmt.keepsHistory.get(row.account_id)?.keep_history === 1) {
        this.stmt.history.run(row.account_id, row.i_id, row.branch, row.loaned_at, now);
      }
      this.holds.readyNextFor(row.i_id);
    });
  }
}
