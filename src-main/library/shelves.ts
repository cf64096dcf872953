// 本棚: the patron's own named lists of items (from the history, the loans or a search).
import type { ShelfDetail, ShelfSummary } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import { isUniqueViolation } from '../store/store';
import type { LibraryDeps } from './deps';
import { insertedId } from '../store/inserted-id';
import { ITEM_AS, type ItemColumns, itemOf } from './item-row';

export const SHELF_LIMIT = 50;
export const SHELF_ITEM_LIMIT = 500;

interface ShelfRow {
  id: number;
  account_id: number;
  name: string;
  created_at: number;
  item_count: number;
}

function summary(r: ShelfRow): ShelfSummary {
  return { id: r.id, name: r.name, itemCount: r.item_count, createdAt: r.created_at };
}

const SELECT = `SELECT s.*, (SELECT count(*) FROM bookshelf_items b WHERE b.shelf_id = s.id) AS item_count FROM bookshelves s`;
const LIST = `${SELECT} WHERE s.account_id = ? ORDER BY s.created_at, s.id`;
const ONE = `${SELECT} WHERE s.id = ?`;
const COUNT = 'SELECT count(*) AS n FROM bookshelves WHERE account_id = ?';
const BY_NAME = 'SELECT id FROM bookshelves WHERE account_id = ? AND name = ?';
const INSERT = 'INSERT INTO bookshelves (account_id, name, created_at) VALUES (?, ?, ?) RETURNING id';
const RENAME = 'UPDATE bookshelves SET name = ? WHERE id = ?';
const DELETE = 'DELETE FROM bookshelves WHERE id = ?';
const ITEMS = `SELECT b.added_at, ${ITEM_AS} FROM bookshelf_items b JOIN catalogue_items i ON i.id = b.item_id
  WHERE b.shelf_id = ? ORDER BY b.added_at DESC, i.id DESC`;
const ADD_ITEM = 'INSERT INTO bookshelf_items (shelf_id, item_id, added_at) VALUES (?, ?, ?) ON CONFLICT (shelf_id, item_id) DO NOTHING';
const REMOVE_ITEM = 'DELETE FROM bookshelf_items WHERE shelf_id = ? AND item_id = ?';

/** The (account_id, name) key caught a name taken since the check (another window of the patron's). */
function nameTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new DomainError('conflict', { name: 'same_as_other' });
  throw error;
}

export class Shelves {
  constructor(private readonly d: LibraryDeps) {}

  private async own(accountId: number, shelfId: number): Promise<ShelfRow> {
    const row = await this.d.store.get<ShelfRow>(ONE, [shelfId]);
    if (!row || row.account_id !== accountId) throw new DomainError('not_found');
    return row;
  }

  async list(accountId: number): Promise<ShelfSummary[]> {
    return (await this.d.store.all<ShelfRow>(LIST, [accountId])).map(summary);
  }

  async get(accountId: number, shelfId: number): Promise<ShelfDetail> {
    const row = await this.own(accountId, shelfId);
    const items = await this.d.store.all<ItemColumns & { added_at: number }>(ITEMS, [shelfId]);
    return { shelf: summary(row), items: items.map((r) => ({ item: itemOf(r), addedAt: r.added_at })) };
  }

  create(accountId: number, name: string): Promise<ShelfSummary> {
    const { store } = this.d;
    return store
      .transaction(async () => {
        if (((await store.get<{ n: number }>(COUNT, [accountId]))?.n ?? 0) >= SHELF_LIMIT) throw new DomainError('not_allowed');
        if (await store.get(BY_NAME, [accountId, name])) throw new DomainError('conflict', { name: 'same_as_other' });
        const id = insertedId(await store.get<{ id: number }>(INSERT, [accountId, name, this.d.clock.now()]));
        return summary((await store.get<ShelfRow>(ONE, [id])) as ShelfRow);
      })
      .catch(nameTaken);
  }

  rename(accountId: number, shelfId: number, name: string): Promise<ShelfSummary> {
    const { store } = this.d;
    return store
      .transaction(async () => {
        await this.own(accountId, shelfId);
        const other = await store.get<{ id: number }>(BY_NAME, [accountId, name]);
        if (other && other.id !== shelfId) throw new DomainError('conflict', { name: 'same_as_other' });
        await store.run(RENAME, [name, shelfId]);
        return summary((await store.get<ShelfRow>(ONE, [shelfId])) as ShelfRow);
      })
      .catch(nameTaken);
  }

  async delete(accountId: number, shelfId: number): Promise<void> {
    await this.d.store.transaction(async () => {
      await this.own(accountId, shelfId);
      await this.d.store.run(DELETE, [shelfId]);
    });
  }

  async addItem(accountId: number, shelfId: number, itemId: number): Promise<void> {
    await this.d.store.transaction(async () => {
      const shelf = await this.own(accountId, shelfId);
      if (!(await this.d.catalogue.get(itemId))) throw new DomainError('not_found');
      if (shelf.item_count >= SHELF_ITEM_LIMIT) throw new DomainError('not_allowed');
      await this.d.store.run(ADD_ITEM, [shelfId, itemId, this.d.clock.now()]);
    });
  }

  async removeItem(accountId: number, shelfId: number, itemId: number): Promise<void> {
    await this.d.store.transaction(async () => {
      await this.own(accountId, shelfId);
      await this.d.store.run(REMOVE_ITEM, [shelfId, itemId]);
    });
  }
}
