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

const LIST = `SELECT h.id, h.branch, h.loaned_at, h.returned_at, ${ITEM_AS}
  FROM loan_history h JOIN catalogue_items i ON i.id = h.item_id
  WHERE h.account_id = ? AND h.returned_at < ? ORDER BY h.returned_at DESC, h.id DESC LIMIT ?`;
const COUNT = 'SELECT count(*) AS n FROM loan_history WHERE account_id = ? AND returned_at < ?';
const DELETE_ONE = 'DELETE FROM loan_history WHERE account_id = ? AND id = ?';
const DELETE_ALL = 'DELETE FROM loan_history WHERE account_id = ?';
const KEEPING = 'SELECT keep_history, history_since FROM patrons WHERE account_id = ?';

export class History {
  constructor(private readonly d: LibraryDeps) {}

  /** Records returned before today (library time) are visible; today's appear tomorrow. */
  private visibleBefore(): number {
    return this.d.calendar.startOfDay(this.d.calendar.dateOf(this.d.clock.now()));
  }

  async count(accountId: number): Promise<number> {
    return (await this.d.store.get<{ n: number }>(COUNT, [accountId, this.visibleBefore()]))?.n ?? 0;
  }

  async list(accountId: number): Promise<HistoryView> {
    const before = this.visibleBefore();
    const { store } = this.d;
    const [state, rows, count] = await Promise.all([
      store.get<{ keep_history: number; history_since: number | null }>(KEEPING, [accountId]),
      store.all<HistoryRow>(LIST, [accountId, before, HISTORY_LIMIT]),
      store.get<{ n: number }>(COUNT, [accountId, before]),
    ]);
    return {
      entries: rows.map((r) => ({ id: r.id, item: itemOf(r), branch: r.branch, loanedAt: r.loaned_at, returnedAt: r.returned_at })),
      total: count?.n ?? 0,
      keeping: state?.keep_history === 1,
      since: state?.keep_history === 1 ? state.history_since : null,
    };
  }

  /** Deletes the given records (only the patron's own); returns how many went. */
  delete(accountId: number, ids: number[]): Promise<number> {
    return this.d.store.transaction(async () => {
      let deleted = 0;
      for (const id of ids) deleted += (await this.d.store.run(DELETE_ONE, [accountId, id])).changes;
      return deleted;
    });
  }

  /** Everything kept, including today's not yet shown. */
  async deleteAll(accountId: number): Promise<number> {
    return (await this.d.store.run(DELETE_ALL, [accountId])).changes;
  }
}
