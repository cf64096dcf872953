// The catalogue: items and the title / author search behind 予約かご and 本棚 (how a query
// becomes SQL: catalogue-query.ts).
import type { CatalogueItem } from '../../src-shared/contract/library';
import type { Store } from '../store/store';
import { catalogueQuery, ITEM_COLUMNS, type SearchField } from './catalogue-query';
import { insertedId } from '../store/inserted-id';

export { ITEM_COLUMNS, type SearchField };

export const SEARCH_LIMIT = 50;

export interface NewItem {
  title: string;
  author?: string;
  publisher?: string;
  year?: number | null;
  kind?: 'book' | 'ebook';
  addedAt: number;
}

export type ItemRow = CatalogueItem;

const INSERT = `INSERT INTO catalogue_items (title, author, publisher, year, kind, added_at)
  VALUES (@title, @author, @publisher, @year, @kind, @addedAt) RETURNING id`;
const BY_ID = `SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE i.id = ?`;
const MAX_ID = 'SELECT max(id) AS id FROM catalogue_items';
const BETWEEN = `SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE i.id > ? AND i.id <= ? ORDER BY i.id`;

export class Catalogue {
  constructor(private readonly store: Store) {}

  async add(item: NewItem): Promise<number> {
    const row = await this.store.get<{ id: number }>(INSERT, {
      title: item.title,
      author: item.author ?? '',
      publisher: item.publisher ?? '',
      year: item.year ?? null,
      kind: item.kind ?? 'book',
      addedAt: item.addedAt,
    });
    return insertedId(row);
  }

  get(id: number): Promise<ItemRow | undefined> {
    return this.store.get<ItemRow>(BY_ID, [id]);
  }

  async maxId(): Promise<number> {
    return (await this.store.get<{ id: number | null }>(MAX_ID))?.id ?? 0;
  }

  /** Items with from < id <= to, oldest first (the SDI job's new arrivals). */
  between(fromId: number, toId: number): Promise<ItemRow[]> {
    return this.store.all<ItemRow>(BETWEEN, [fromId, toId]);
  }

  /** Every whitespace-separated term must match (AND), in the chosen field. */
  async search(query: string, field: SearchField = 'any', limit = SEARCH_LIMIT): Promise<ItemRow[]> {
    const built = catalogueQuery(this.store.kind, query, field, limit);
    // Planned per call: a cached generic plan, made without the pattern, scanned all 300,000 items
    // backwards for a title nobody has (250 ms on the full-scale bench).
    return built ? this.store.all<ItemRow>(built.sql, built.params, { planPerCall: true }) : [];
  }
}
