// 借りたことがある資料: the opt-in loan history. Records are written at return time while 残す is
// on (loans.ts); they show from the next library-local day, newest first, at most 1000; the
// patron deletes one, several or all of them, for good.
import { HISTORY_LIMIT, type HistoryView } from '../../src-shared/contract/library';
import type { LibraryDeps } from './deps';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

interface HistoryRow extends ItemColumns {
  id: number;
  branch: string;
  loaned_at: number;
  returned_at: number;
}

export class History {
  private readonly stmt;

  constructor(private readonly d: LibraryDeps) {
    this.stmt = {
      list: d.db.prepare<[number, number, number], HistoryRow>(
        `SELECT h.id, h.branch, h.loaned_at, h.returned_at, ${ITEM_AS}
         FROM loan_history h JOIN catalogue_items i ON i.id = h.item_id
         WHERE h.account_id = ? AND h.returned_at < ? ORDER BY h.returned_at DESC, h.id DESC LIMIT ?`,
      ),
      count: d.db.prepare<[number, number], { n: number }>('SELECT count(*) AS n FROM loan_history WHERE account_id = ? AND returned_at < ?'),
      deleteOne: d.db.prepare<[number, number]>('DELETE FROM loan_history WHERE account_id = ? AND id = ?'),
      deleteAll: d.db.prepare<[number]>('DELETE FROM loan_history WHERE account_id = ?'),
      keeping: d.db.prepare<[number], { keep_history: number; history_since: number | null }>(
        'SELECT keep_history, history_since FROM patrons WHERE account_id = ?',
      ),
    };
  }

  /** Records returned before today (library time) are visible; today's appear tomorrow. */
  private visibleBefore(): number {
    return this.d.calendar.startOfDay(this.d.calendar.dateOf(this.d.clock.now()));
  }

  count(accountId: number): number {
    return this.stmt.count.get(accountId, this.visibleBefore())?.n ?? 0;
  }

  list(accountId: number): HistoryView {
    const before = this.visibleBefore();
    const state = this.stmt.keeping.get(accountId);
    return {
      entries: this.stmt.list.all(accountId, before, HISTORY_LIMIT).map((r) => ({
        id: r.id,
        item: itemOf(r),
        branch: r.branch,
        loanedAt: r.loaned_at,
        returnedAt: r.returned_at,
      })),
      total: this.stmt.count.get(accountId, before)?.n ?? 0,
      keeping: state?.keep_history === 1,
      since: state?.keep_history === 1 ? state.history_since : null,
    };
  }

  /** Deletes the given records (only the patron's own); returns how many went. */
  delete(accountId: number, ids: number[]): number {
    return this.d.db.transaction(() => ids.reduce((n, id) => n + this.stmt.deleteOne.run(accountId, id).changes, 0)).immediate();
  }

  /** Everything kept, including today's not yet shown. */
  deleteAll(accountId: number): number {
    return this.stmt.deleteAll.run(accountId).changes;
  }
}
