// The SQL of the catalogue import: which 資料IDs the catalogue has already (with their values, to
// tell updated from unchanged), and the writes — new items as multi-row INSERTs, changed ones as
// multi-row upserts on the barcode's unique index. One statement per 512 lines instead of one per
// line is what brings 100,000 lines within the bench's 30 s on PostgreSQL, where each statement is
// a round trip. The rest of a file goes in power-of-two pieces (256, 128 … 1), so each statement
// kind has at most ten SQL texts and the adapters' statement caches stay small.
import type { Store } from '../store/store';
import type { CatalogueLine } from './catalogue-import-line';

export const IMPORT_CHUNK = 512;

const COLUMNS = ['barcode', 'isbn', 'title', 'author', 'publisher', 'year', 'ndc', 'branch', 'status', 'kind', 'added_at', 'updated_at'] as const;
const UPDATED = ['isbn', 'title', 'author', 'publisher', 'year', 'ndc', 'branch', 'status', 'kind', 'updated_at'] as const;

/** An item of the catalogue with the columns an import may change. */
export interface StoredItem extends CatalogueLine {
  id: number;
}

/** 1,100 → [512, 512, 64, 8, 4]: whole chunks, then the binary digits of the rest. */
export function chunkSizes(n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left >= IMPORT_CHUNK) {
    sizes.push(IMPORT_CHUNK);
    left -= IMPORT_CHUNK;
  }
  for (let size = IMPORT_CHUNK / 2; size >= 1; size /= 2) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

function cached(make: (n: number) => string): (n: number) => string {
  const texts = new Map<number, string>();
  return (n) => {
    let sql = texts.get(n);
    if (sql === undefined) {
      sql = make(n);
      texts.set(n, sql);
    }
    return sql;
  };
}

const row = `(${COLUMNS.map(() => '?').join(', ')})`;
export const insertSql = cached((n) => `INSERT INTO catalogue_items (${COLUMNS.join(', ')}) VALUES ${Array(n).fill(row).join(', ')}`);
export const upsertSql = cached(
  (n) => `${insertSql(n)} ON CONFLICT (barcode) DO UPDATE SET ${UPDATED.map((c) => `${c} = excluded.${c}`).join(', ')}`,
);
export const existingSql = cached(
  (n) => `SELECT id, barcode, isbn, title, author, publisher, year, ndc, branch, status, kind
    FROM catalogue_items WHERE barcode IN (${Array(n).fill('?').join(', ')})`,
);

/** The items of these barcodes that the catalogue has, by barcode. */
export async function existingItems(store: Store, barcodes: readonly string[]): Promise<Map<string, StoredItem>> {
  const found = new Map<string, StoredItem>();
  let at = 0;
  for (const size of chunkSizes(barcodes.length)) {
    const rows = await store.all<StoredItem>(existingSql(size), barcodes.slice(at, at + size));
    for (const r of rows) found.set(r.barcode, r);
    at += size;
  }
  return found;
}

export function sameItem(a: CatalogueLine, b: CatalogueLine): boolean {
  return (
    a.isbn === b.isbn && a.title === b.title && a.author === b.author && a.publisher === b.publisher && a.year === b.year &&
    a.ndc === b.ndc && a.branch === b.branch && a.status === b.status && a.kind === b.kind
  );
}

/** Writes the lines in order, `sql(n)` per piece; new items take their ids in the file's order. */
export async function writeItems(store: Store, sql: (n: number) => string, items: readonly CatalogueLine[], addedAt: number, now: number): Promise<void> {
  let at = 0;
  for (const size of chunkSizes(items.length)) {
    const params: (string | number | null)[] = [];
    for (let i = at; i < at + size; i++) {
      const x = items[i] as CatalogueLine;
      params.push(x.barcode, x.isbn, x.title, x.author, x.publisher, x.year, x.ndc, x.branch, x.status, x.kind, addedAt, now);
    }
    await store.run(sql(size), params);
    at += size;
  }
}
