// The counts at the top of Myライブラリ: loans and holds from the library system (the local store
// or the ILS), the rest — cart, history, e-books, shelves — from this app's store, which keeps
// them whatever the system (SIP2 carries none of them). One small indexed query each.
import type { LibraryCounts } from '../../src-shared/contract/library';
import type { Circulation } from './circulation';
import type { LibraryDeps } from './deps';
import type { History } from './history';

const CART = 'SELECT count(*) AS n FROM hold_cart WHERE account_id = ?';
const EBOOKS = 'SELECT count(*) AS n FROM ebook_loans WHERE account_id = ? AND due_date >= ?';
const SHELVES = 'SELECT count(*) AS n FROM bookshelves WHERE account_id = ?';

export class Summary {
  constructor(
    private readonly d: LibraryDeps,
    private readonly history: History,
    private readonly circulation: Circulation,
  ) {}

  async counts(accountId: number): Promise<LibraryCounts> {
    const today = this.d.calendar.dateOf(this.d.clock.now());
    const { store } = this.d;
    const [circulation, cart, history, ebooks, shelves] = await Promise.all([
      this.circulation.counts(accountId),
      store.get<{ n: number }>(CART, [accountId]),
      this.history.count(accountId),
      store.get<{ n: number }>(EBOOKS, [accountId, today]),
      store.get<{ n: number }>(SHELVES, [accountId]),
    ]);
    return {
      ...circulation,
      cart: cart?.n ?? 0,
      history,
      ebooks: ebooks?.n ?? 0,
      shelves: shelves?.n ?? 0,
    };
  }
}
