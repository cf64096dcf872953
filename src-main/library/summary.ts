// The counts at the top of Myライブラリ, one small indexed query each.
import type { LibraryCounts } from '../../src-shared/contract/library';
import type { LibraryDeps } from './deps';
import type { History } from './history';

export class Summary {
  private readonly stmt;

  constructor(
    private readonly d: LibraryDeps,
    private readonly history: History,
  ) {
    const count = (sql: string) => d.db.prepare<[number], { n: number }>(sql);
    this.stmt = {
      loans: d.db.prepare<[string, number], { n: number; overdue: number }>(
        'SELECT count(*) AS n, coalesce(sum(due_date < ?), 0) AS overdue FROM loans WHERE account_id = ?',
      ),
      holds: d.db.prepare<[number], { n: number; ready: number }>(
        "SELECT count(*) AS n, coalesce(sum(status = 'ready'), 0) AS ready FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')",
      ),
      cart: count('SELECT count(*) AS n FROM hold_cart WHERE account_id = ?'),
      ebooks: d.db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM ebook_loans WHERE account_id = ? AND due_date >= ?'),
      shelves: count('SELECT count(*) AS n FROM bookshelves WHERE account_id = ?'),
    };
  }

  counts(accountId: number): LibraryCounts {
    const today = this.d.calendar.dateOf(this.d.clock.now());
    const loans = this.stmt.loans.get(today, accountId) ?? { n: 0, overdue: 0 };
    const holds = this.stmt.holds.get(accountId) ?? { n: 0, ready: 0 };
    return {
      loans: loans.n,
      overdue: loans.overdue,
      holds: holds.n,
      ready: holds.ready,
      cart: this.stmt.cart.get(accountId)?.n ?? 0,
      history: this.history.count(accountId),
      ebooks: this.stmt.ebooks.get(accountId, today)?.n ?? 0,
      shelves: this.stmt.shelves.get(accountId)?.n ?? 0,
    };
  }
}
