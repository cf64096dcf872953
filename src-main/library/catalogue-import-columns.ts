// Which column of a catalogue file holds what, from its header. Files come from many systems, so
// each column has its usual Japanese and English names; a header is compared after NFKC (full-width
// letters), lower case and without spaces, underscores, hyphens or dots, so 'Item ID', 'item_id'
// and 'ＩＳＢＮ' are found. Columns the import does not know are ignored (an ILS export has many).
import type { ImportField } from '../../src-shared/contract/catalogue';

const NAMES: Record<ImportField, readonly string[]> = {
  barcode: ['資料id', '資料番号', '資料コード', 'バーコード', '登録番号', 'barcode', 'itemid', 'itembarcode'],
  isbn: ['isbn', 'isbnコード', 'isbn番号'],
  title: ['書名', 'タイトル', '資料名', '標題', 'title'],
  author: ['著者', '著者名', '著編者', '著者等', 'author', 'creator'],
  publisher: ['出版者', '出版社', '発行者', 'publisher'],
  year: ['出版年', '発行年', '出版年月', 'year', 'publicationyear', 'published'],
  ndc: ['ndc', '分類', '分類記号', '日本十進分類', 'classification'],
  branch: ['所蔵館', '所蔵館コード', '所在館', '館', 'branch', 'library', 'location'],
  status: ['状態', '資料状態', 'status', 'state'],
  kind: ['種別', '資料種別', '媒体', 'kind', 'type', 'format'],
};

/** Without these a line cannot be an item: the key, what patrons search, where it stands. */
export const REQUIRED_COLUMNS: readonly ImportField[] = ['barcode', 'title', 'branch'];

export function headerKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_\-.・()（）]/g, '');
}

const BY_KEY = new Map<string, ImportField>(
  (Object.entries(NAMES) as [ImportField, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [headerKey(n), field] as const)),
);

export type ColumnMap = Partial<Record<ImportField, number>>;

/** The position of each known column; the first of two columns with the same meaning wins. */
export function columnsOf(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((name, index) => {
    const field = BY_KEY.get(headerKey(name));
    if (field !== undefined && map[field] === undefined) map[field] = index;
  });
  return map;
}

export function missingColumns(map: ColumnMap): ImportField[] {
  return REQUIRED_COLUMNS.filter((f) => map[f] === undefined);
}
