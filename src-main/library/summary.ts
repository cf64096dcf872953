// The counts at the top of Myライブラリ, one small indexed query each.
import type { LibraryCounts } from '../../src-shared/contract/library';
import type { LibraryDeps } from './deps';
import type { History } from './history';

const LOANS = 'SELECT count(*) AS n, coalesce(sum(CASE WHEN due_date < ? THEN 1 ELSE 0 END), 0) AS overdue FROM loans WHERE account_id = ?';
const HOLDS = `SELECT count(*) AS n, coalesce(sum(CASE WHEN status = 'ready' THEN 1 ELSE 0 END), 0) AS ready
  FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')`;
const CART = 'SELECT count(*) AS n FROM hold_cart WHERE account_id = ?';
const EBOOKS = 'SELECT count(*) AS n FROM ebook_loans WHERE account_id = ? AND due_date >= ?';
const SHELVES = 'SELECT count(*) AS n FROM bookshelves WHERE account_id = ?';

export class Summary {
  constructor(
    private readonly d: LibraryDeps,
    private readonly history: History,
  ) {}

  async counts(accountId: number): Promise<LibraryCounts> {
    const today = this.d.calendar.dateOf(this.d.clock.now());
    const { store } = this.d;
    const [loans, holds, cart, history, ebooks, shelves] = await Promise.all([
      store.get<{ n: number; overdue: number }>(LOANS, [today, accountId]),
      store.get<{ n: number; ready: number }>(HOLDS, [accountId]),
      store.get<{ n: number }>(CART, [accountId]),
      this.history.count(accountId),
      store.get<{ n: number }>(EBOOKS, [accountId, today]),
      store.get<{ n: number }>(SHELVES, [accountId]),
    ]);
    return {
      loans: loans?.n ?? 0,
      overdue: loans?.overdue ?? 0,
      holds: holds?.n ?? 0,
      ready: holds?.ready ?? 0,
      cart: cart?.n ?? 0,
      history,
      ebooks: ebooks?.n ?? 0,
      shelves: shelves?.n ?? 0,
    };
  }
}
