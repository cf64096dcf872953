// 予約かご: items put aside from a catalogue search, to be reserved later (holds.place).
import type { CartEntry } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { LibraryDeps } from './deps';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

/** A cart is a short list, not a second catalogue. */
export const CART_LIMIT = 100;

export class Cart {
  private readonly stmt;

  constructor(private readonly d: LibraryDeps) {
    this.stmt = {
      list: d.db.prepare<[number], ItemColumns & { added_at: number }>(
        `SELECT c.added_at, ${ITEM_AS} FROM hold_cart c JOIN catalogue_items i ON i.id = c.item_id WHERE c.account_id = ? ORDER BY c.added_at DESC, i.id DESC`,
      ),
      count: d.db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM hold_cart WHERE account_id = ?'),
      add: d.db.prepare<[number, number, number]>('INSERT OR IGNORE INTO hold_cart (account_id, item_id, added_at) VALUES (?, ?, ?)'),
      remove: d.db.prepare<[number, number]>('DELETE FROM hold_cart WHERE account_id = ? AND item_id = ?'),
    };
  }

  list(accountId: number): CartEntry[] {
    return this.stmt.list.all(accountId).map((r) => ({ item: itemOf(r), addedAt: r.added_at }));
  }

  add(accountId: number, itemId: number): void {
    if (!this.d.catalogue.get(itemId)) throw new DomainError('not_found');
    if ((this.stmt.count.get(accountId)?.n ?? 0) >= CART_LIMIT) throw new DomainError('not_allowed');
    this.stmt.add.run(accountId, itemId, this.d.clock.now());
  }

  remove(accountId: number, itemIds: number[]): void {
    this.d.db.transaction(() => {
      for (const id of itemIds) this.stmt.remove.run(accountId, id);
    }).immediate();
  }
}
