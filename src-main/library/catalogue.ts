// The catalogue: items and the title / author search behind 予約かご and 本棚. Search uses the
// FTS5 trigram index for terms of three or more characters; one- and two-character terms (common
// in Japanese titles) cannot use trigrams and are matched by a scan bounded by the result limit.
import type { CatalogueItem } from '../../src-shared/contract/library';
import type { Db } from '../store/database';

export const SEARCH_LIMIT = 50;

export interface NewItem {
  title: string;
  author?: string;
  publisher?: string;
  year?: number | null;
  kind?: 'book' | 'ebook';
  addedAt: number;
}

export const ITEM_COLUMNS = 'i.id, i.title, i.author, i.publisher, i.year, i.kind';

export type ItemRow = CatalogueItem;

export type SearchField = 'any' | 'title' | 'author';

function quoteFts(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class Catalogue {
  private readonly stmt;

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
    const terms = query.normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, 8);
    if (terms.length === 0) return [];
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const columns = field === 'any' ? ['i.title', 'i.author'] : [`i.${field}`];
    const params: (string | number)[] = [];
    const where: string[] = [];
    let from = 'catalogue_items i';
    if (long.length) {
      const scope = field === 'any' ? '' : `${field} : `;
      from = 'catalogue_fts f JOIN catalogue_items i ON i.id = f.rowid';
      where.push('catalogue_fts MATCH ?');
      params.push(long.map((t) => `${scope}${quoteFts(t)}`).join(' AND '));
    }
    for (const t of short) {
      where.push(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
      for (let k = 0; k < columns.length; k++) params.push(`%${escapeLike(t)}%`);
    }
    const order = long.length ? 'ORDER BY f.rank' : 'ORDER BY i.id DESC';
    params.push(limit);
    return this.db.prepare<(string | number)[], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM ${from} WHERE ${where.join(' AND ')} ${order} LIMIT ?`).all(...params);
  }
}
