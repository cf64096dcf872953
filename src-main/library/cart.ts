// 予約かご: items put aside from a catalogue search, to be reserved later (holds.place).
import type { CartEntry } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { LibraryDeps } from './deps';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

/** A cart is a short list, not a second catalogue. */
export const CART_LIMIT = 100;

const LIST = `SELECT c.added_at, ${ITEM_AS} FROM hold_cart c JOIN catalogue_items i ON i.id = c.item_id
  WHERE c.account_id = ? ORDER BY c.added_at DESC, i.id DESC`;
const COUNT = 'SELECT count(*) AS n FROM hold_cart WHERE account_id = ?';
const ADD = 'INSERT INTO hold_cart (account_id, item_id, added_at) VALUES (?, ?, ?) ON CONFLICT (account_id, item_id) DO NOTHING';
const REMOVE = 'DELETE FROM hold_cart WHERE account_id = ? AND item_id = ?';

export class Cart {
  constructor(private readonly d: LibraryDeps) {}

  async list(accountId: number): Promise<CartEntry[]> {
    const rows = await this.d.store.all<ItemColumns & { added_at: number }>(LIST, [accountId]);
    return rows.map((r) => ({ item: itemOf(r), addedAt: r.added_at }));
  }

  async add(accountId: number, itemId: number): Promise<void> {
    if (!(await this.d.catalogue.get(itemId))) throw new DomainError('not_found');
    await this.d.store.transaction(async () => {
      if (((await this.d.store.get<{ n: number }>(COUNT, [accountId]))?.n ?? 0) >= CART_LIMIT) throw new DomainError('not_allowed');
      await this.d.store.run(ADD, [accountId, itemId, this.d.clock.now()]);
    });
  }

  async remove(accountId: number, itemIds: number[]): Promise<void> {
    await this.d.store.transaction(async () => {
      for (const id of itemIds) await this.d.store.run(REMOVE, [accountId, id]);
    });
  }
}
