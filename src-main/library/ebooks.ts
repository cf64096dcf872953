// 電子書籍サービス: the patron's current e-book loans. Lending happens in the e-book platform;
// the library records it here so My Library can show it beside paper loans.
import type { EbookLoan } from '../../src-shared/contract/library';
import type { LibraryDeps } from './deps';
import { insertedId } from '../store/inserted-id';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

const LIST = `SELECT e.id, e.loaned_at, e.due_date, ${ITEM_AS} FROM ebook_loans e JOIN catalogue_items i ON i.id = e.item_id
  WHERE e.account_id = ? AND e.due_date >= ? ORDER BY e.due_date, e.id`;
const INSERT = 'INSERT INTO ebook_loans (account_id, item_id, loaned_at, due_date) VALUES (?, ?, ?, ?) RETURNING id';

export class Ebooks {
  constructor(private readonly d: LibraryDeps) {}

  /** An e-book loan ends by itself on its due date, so only unexpired ones are listed. */
  async list(accountId: number): Promise<EbookLoan[]> {
    const today = this.d.calendar.dateOf(this.d.clock.now());
    const rows = await this.d.store.all<ItemColumns & { id: number; loaned_at: number; due_date: string }>(LIST, [accountId, today]);
    return rows.map((r) => ({ id: r.id, item: itemOf(r), loanedAt: r.loaned_at, dueDate: r.due_date }));
  }

  async record(accountId: number, itemId: number, dueDate: string): Promise<number> {
    return insertedId(await this.d.store.get<{ id: number }>(INSERT, [accountId, itemId, this.d.clock.now(), dueDate]));
  }
}
