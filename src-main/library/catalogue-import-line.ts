// One line of a catalogue file, checked cell by cell. Pure: the branches are passed in as a lookup,
// the latest acceptable year as a number, so the rules are unit-tested without a store. Every cell
// is folded with NFKC first (full-width digits and letters from Japanese spreadsheets, half-width
// katakana), as the catalogue search folds the words patrons type.
import type { ImportField, ImportReason } from '../../src-shared/contract/catalogue';

export type ItemStatus = 'available' | 'reference' | 'repair' | 'missing' | 'withdrawn';
export type ItemKind = 'book' | 'ebook';

/** An accepted line, as the catalogue_items columns keep it. */
export interface CatalogueLine {
  barcode: string;
  isbn: string | null;
  title: string;
  author: string;
  publisher: string;
  year: number | null;
  ndc: string | null;
  branch: string;
  status: ItemStatus;
  kind: ItemKind;
}

export interface LineProblem {
  field: ImportField;
  reason: ImportReason;
  value: string;
}

export interface LineRules {
  /** The branch code a 所蔵館 cell names (code, Japanese or English name), or null. */
  branchOf(cell: string): string | null;
  /** The latest 出版年 accepted (next year: catalogues hold announced books). */
  maxYear: number;
}

export const TITLE_MAX = 500;
export const NAME_MAX = 300;
const EARLIEST_YEAR = 1450;

/** The 状態 words of Japanese library systems, folded as valueKey folds a cell. */
const STATUS: Record<string, ItemStatus> = {
  '': 'available',
  available: 'available',
  利用可: 'available',
  利用可能: 'available',
  貸出可: 'available',
  在架: 'available',
  通常: 'available',
  // Circulation states an ILS export carries: loans and holds are kept in their own tables, so the
  // item itself stands as lendable.
  貸出中: 'available',
  予約中: 'available',
  reference: 'reference',
  禁帯出: 'reference',
  貸出禁止: 'reference',
  館内閲覧のみ: 'reference',
  repair: 'repair',
  修理中: 'repair',
  補修中: 'repair',
  製本中: 'repair',
  missing: 'missing',
  不明: 'missing',
  行方不明: 'missing',
  所在不明: 'missing',
  紛失: 'missing',
  withdrawn: 'withdrawn',
  除籍: 'withdrawn',
  廃棄: 'withdrawn',
};

const KIND: Record<string, ItemKind> = {
  '': 'book',
  book: 'book',
  図書: 'book',
  本: 'book',
  ebook: 'ebook',
  電子書籍: 'ebook',
  電子: 'ebook',
};

/** Era names of 出版年 written the Japanese way (平成30年): the year before each era's first. */
const ERAS: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };

export function fold(cell: string): string {
  return cell.normalize('NFKC').trim();
}

/** How a 状態 or 種別 cell is compared: folded, lower case, without spaces and hyphens. */
function valueKey(cell: string): string {
  return fold(cell).toLowerCase().replace(/[\s\-‐]/g, '');
}

const BARCODE = /^[0-9A-Za-z][0-9A-Za-z-]{0,31}$/;

function isbn10Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = digits[i] as string;
    const v = c === 'X' ? 10 : Number(c);
    sum += v * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13Check(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** The ISBN-13 digits of a cell, 'format' when it is no ISBN, 'checksum' when its check digit is wrong. */
export function readIsbn(cell: string): string | 'format' | 'checksum' {
  const value = fold(cell).toUpperCase().replace(/^ISBN[:\s]*/, '').replace(/[\s\-‐‑–—−]/g, '');
  if (/^\d{9}[\dX]$/.test(value)) {
    if (!isbn10Valid(value)) return 'checksum';
    const twelve = `978${value.slice(0, 9)}`;
    return `${twelve}${isbn13Check(twelve)}`;
  }
  if (/^97[89]\d{10}$/.test(value)) return isbn13Check(value.slice(0, 12)) === Number(value[12]) ? value : 'checksum';
  return 'format';
}

/** The year of 2019, 2019年, 2019.4, 2019-04-01, 平成30年 or 令和元年; null when it is none of those. */
export function readYear(cell: string): number | null {
  const value = fold(cell).replace(/\s+/g, '');
  const western = /^(\d{4})(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?$/.exec(value);
  if (western) return Number(western[1]);
  const era = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年?(?:\d{1,2}月(?:\d{1,2}日)?)?$/.exec(value);
  if (era) return (ERAS[era[1] as string] as number) + (era[2] === '元' ? 1 : Number(era[2]));
  return null;
}

/** 日本十進分類法: three digits, and optionally a point and up to six more ('913.6'). */
export function readNdc(cell: string): string | null {
  const value = fold(cell);
  return /^\d{3}(\.\d{1,6})?$/.test(value) ? value : null;
}

const cut = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** The line as an item, or every problem it has (an empty list means accepted). */
export function readLine(cells: Partial<Record<ImportField, string>>, rules: LineRules): { item: CatalogueLine | null; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const problem = (field: ImportField, reason: ImportReason, raw: string) => problems.push({ field, reason, value: cut(fold(raw)) });
  const cell = (field: ImportField) => cells[field] ?? '';

  const barcode = fold(cell('barcode'));
  if (barcode === '') problem('barcode', 'required', '');
  else if (!BARCODE.test(barcode)) problem('barcode', barcode.length > 32 ? 'too_long' : 'format', barcode);

  let isbn: string | null = null;
  if (fold(cell('isbn')) !== '') {
    const read = readIsbn(cell('isbn'));
    if (read === 'format' || read === 'checksum') problem('isbn', read, cell('isbn'));
    else isbn = read;
  }

  const title = fold(cell('title'));
  if (title === '') problem('title', 'required', '');
  else if (title.length > TITLE_MAX) problem('title', 'too_long', title);
  const author = fold(cell('author'));
  if (author.length > NAME_MAX) problem('author', 'too_long', author);
  const publisher = fold(cell('publisher'));
  if (publisher.length > NAME_MAX) problem('publisher', 'too_long', publisher);

  let year: number | null = null;
  if (fold(cell('year')) !== '') {
    year = readYear(cell('year'));
    if (year === null) problem('year', 'format', cell('year'));
    else if (year < EARLIEST_YEAR || year > rules.maxYear) problem('year', 'out_of_range', cell('year'));
  }

  let ndc: string | null = null;
  if (fold(cell('ndc')) !== '') {
    ndc = readNdc(cell('ndc'));
    if (ndc === null) problem('ndc', 'format', cell('ndc'));
  }

  const branchCell = fold(cell('branch'));
  const branch = branchCell === '' ? null : rules.branchOf(branchCell);
  if (branchCell === '') problem('branch', 'required', '');
  else if (branch === null) problem('branch', 'unknown_branch', branchCell);

  const status = STATUS[valueKey(cell('status'))];
  if (status === undefined) problem('status', 'unknown_status', cell('status'));
  const kind = KIND[valueKey(cell('kind'))];
  if (kind === undefined) problem('kind', 'unknown_kind', cell('kind'));

  if (problems.length > 0 || branch === null || status === undefined || kind === undefined) return { item: null, problems };
  return { item: { barcode, isbn, title, author, publisher, year, ndc, branch, status, kind }, problems };
}
