// The catalogue: items and the title / author search behind 予約かご and 本棚 (how a query
// becomes SQL: catalogue-query.ts).
import type { CatalogueItem } from '../../src-shared/contract/library';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/database';
import { catalogueQuery, ITEM_COLUMNS, type SearchField } from './catalogue-query';

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

export class Catalogue {
  private readonly stmt;
  private readonly searches = new Map<string, Statement<(string | number)[], ItemRow>>();

  constructor(private readonly db: Db) {
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO catalogue_items (title, author, publisher, year, kind, added_at) VALUES (@title, @author, @publisher, @year, @kind, @addedAt)`,
      ),
      get: db.prepare<[number], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE i.id = ?`),
      maxId: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM catalogue_items'),
      since: db.prepare<[number, number], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE i.id > ? AND i.id <= ? ORDER BY i.id`),
    };
  }

  add(item: NewItem): number {
    const { lastInsertRowid } = this.stmt.insert.run({
      title: item.title,
      author: item.author ?? '',
      publisher: item.publisher ?? '',
      year: item.year ?? null,
      kind: item.kind ?? 'book',
      addedAt: item.addedAt,
    });
    return Number(lastInsertRowid);
  }

  get(id: number): ItemRow | undefined {
    return this.stmt.get.get(id);
  }

  maxId(): number {
    return this.stmt.maxId.get()?.id ?? 0;
  }

  /** Items with from < id <= to, oldest first (the SDI job's new arrivals). */
  between(fromId: number, toId: number): ItemRow[] {
    return this.stmt.since.all(fromId, toId);
  }

  /** Every whitespace-separated term must match (AND), in the chosen field. */
  search(query: string, field: SearchField = 'any', limit = SEARCH_LIMIT): ItemRow[] {
    const built = catalogueQuery(query, field, limit);
    if (!built) return [];
    // One statement per query shape (a handful), not one prepare per search.
    let statement = this.searches.get(built.sql);
    if (!statement) {
      statement = this.db.prepare<(string | number)[], ItemRow>(built.sql);
      this.searches.set(built.sql, statement);
    }
    return statement.all(...built.params);
  }
}
