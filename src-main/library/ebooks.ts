// 電子書籍サービス: the patron's current e-book loans. Lending happens in the e-book platform;
// the library records it here so My Library can show it beside paper loans.
import type { EbookLoan } from '../../src-shared/contract/library';
import type { LibraryDeps } from './deps';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

export class Ebooks {
  private readonly stmt;

  constructor(private readonly d: LibraryDeps) {
    this.stmt = {
      list: d.db.prepare<[number, string], ItemColumns & { id: number; loaned_at: number; due_date: string }>(
        `SELECT e.id, e.loaned_at, e.due_date, ${ITEM_AS} FROM ebook_loans e JOIN catalogue_items i ON i.id = e.item_id
         WHERE e.account_id = ? AND e.due_date >= ? ORDER BY e.due_date, e.id`,
      ),
      insert: d.db.prepare<[number, number, number, string]>('INSERT INTO ebook_loans (account_id, item_id, loaned_at, due_date) VALUES (?, ?, ?, ?)'),
    };
  }

  /** An e-book loan ends by itself on its due date, so only unexpired ones are listed. */
  list(accountId: number): EbookLoan[] {
    const today = this.d.calendar.dateOf(this.d.clock.now());
    return this.stmt.list.all(accountId, today).map((r) => ({ id: r.id, item: itemOf(r), loanedAt: r.loaned_at, dueDate: r.due_date }));
  }

  record(accountId: number, itemId: number, dueDate: string): number {
    return Number(this.stmt.insert.run(accountId, itemId, this.d.clock.now(), dueDate).lastInsertRowid);
  }
}
