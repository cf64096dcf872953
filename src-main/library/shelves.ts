// 本棚: the patron's own named lists of items (from the history, the loans or a search).
import type { ShelfDetail, ShelfSummary } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { LibraryDeps } from './deps';
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

export class Shelves {
  private readonly stmt;

  constructor(private readonly d: LibraryDeps) {
    const select = `SELECT s.*, (SELECT count(*) FROM bookshelf_items b WHERE b.shelf_id = s.id) AS item_count FROM bookshelves s`;
    this.stmt = {
      list: d.db.prepare<[number], ShelfRow>(`${select} WHERE s.account_id = ? ORDER BY s.created_at, s.id`),
      one: d.db.prepare<[number], ShelfRow>(`${select} WHERE s.id = ?`),
      count: d.db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM bookshelves WHERE account_id = ?'),
      byName: d.db.prepare<[number, string], { id: number }>('SELECT id FROM bookshelves WHERE account_id = ? AND name = ?'),
      insert: d.db.prepare<[number, string, number]>('INSERT INTO bookshelves (account_id, name, created_at) VALUES (?, ?, ?)'),
      rename: d.db.prepare<[string, number]>('UPDATE bookshelves SET name = ? WHERE id = ?'),
      delete: d.db.prepare<[number]>('DELETE FROM bookshelves WHERE id = ?'),
      items: d.db.prepare<[number], ItemColumns & { added_at: number }>(
        `SELECT b.added_at, ${ITEM_AS} FROM bookshelf_items b JOIN catalogue_items i ON i.id = b.item_id WHERE b.shelf_id = ? ORDER BY b.added_at DESC, i.id DESC`,
      ),
      addItem: d.db.prepare<[number, number, number]>('INSERT OR IGNORE INTO bookshelf_items (shelf_id, item_id, added_at) VALUES (?, ?, ?)'),
      removeItem: d.db.prepare<[number, number]>('DELETE FROM bookshelf_items WHERE shelf_id = ? AND item_id = ?'),
    };
  }

  private own(accountId: number, shelfId: number): ShelfRow {
    const row = this.stmt.one.get(shelfId);
    if (!row || row.account_id !== accountId) throw new DomainError('not_found');
    return row;
  }

  list(accountId: number): ShelfSummary[] {
    return this.stmt.list.all(accountId).map(summary);
  }

  get(accountId: number, shelfId: number): ShelfDetail {
    const row = this.own(accountId, shelfId);
    return { shelf: summary(row), items: this.stmt.items.all(shelfId).map((r) => ({ item: itemOf(r), addedAt: r.added_at })) };
  }

  create(accountId: number, name: string): ShelfSummary {
    return this.d.db.transaction(() => {
      if ((this.stmt.count.get(accountId)?.n ?? 0) >= SHELF_LIMIT) throw new DomainError('not_allowed');
      if (this.stmt.byName.get(accountId, name)) throw new DomainError('conflict', { name: 'same_as_other' });
      const id = Number(this.stmt.insert.run(accountId, name, this.d.clock.now()).lastInsertRowid);
      return summary(this.stmt.one.get(id) as ShelfRow);
    }).immediate();
  }

  rename(accountId: number, shelfId: number, name: string): ShelfSummary {
    return this.d.db.transaction(() => {
      this.own(accountId, shelfId);
      const other = this.stmt.byName.get(accountId, name);
      if (other && other.id !== shelfId) throw new DomainError('conflict', { name: 'same_as_other' });
      this.stmt.rename.run(name, shelfId);
      return summary(this.stmt.one.get(shelfId) as ShelfRow);
    }).immediate();
  }

  delete(accountId: number, shelfId: number): void {
    this.own(accountId, shelfId);
    this.stmt.delete.run(shelfId);
  }

  addItem(accountId: number, shelfId: number, itemId: number): void {
    const shelf = this.own(accountId, shelfId);
    if (!this.d.catalogue.get(itemId)) throw new DomainError('not_found');
    if (shelf.item_count >= SHELF_ITEM_LIMIT) throw new DomainError('not_allowed');
    this.stmt.addItem.run(shelfId, itemId, this.d.clock.now());
  }

  removeItem(accountId: number, shelfId: number, itemId: number): void {
    this.own(accountId, shelfId);
    this.stmt.removeItem.run(shelfId, itemId);
  }
}
