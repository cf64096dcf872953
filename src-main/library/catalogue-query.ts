// The SQL of a title / author search, built from the patron's words. Every whitespace-separated
// term must match (AND), in the chosen field. The one place where the library's SQL differs by
// store: each dialect has its own substring index.
//
// SQLite (FTS5 trigram table catalogue_fts, migration 003):
// - A term of three or more characters is a substring match through the trigram index.
//   Results come newest first (by item id) with no relevance ranking: ranking needs every match
//   scored before LIMIT, which for a common word is tens of thousands of rows; in id order FTS5
//   stops after the first page.
// - A term of one or two characters cannot use trigrams. Beside a longer term it filters that
//   term's matches by substring (LIKE). Alone, it matches the start of the title or the author
//   through an index on lower(title) / lower(author) — a substring scan of the whole catalogue
//   for a rare short word took 150 ms at 300,000 items; those results come in title order.
// PostgreSQL (pg_trgm): a substring term is `lower(column) LIKE lower(pattern)`, which the GIN
// trigram indexes on lower(title) and lower(author) serve; short terms alone are ordered ranges
// over lower(column) COLLATE "C" (migration 012), as on SQLite. Same shapes as SQLite: substring
// matches newest first once any term is long, else prefix matches of the short terms in title
// order (by code point, as SQLite sorts).
//
// The SQL text depends only on the store and the query's shape (field, how many terms of each
// kind), so the adapters' statement caches hold a handful of texts.
import type { StoreKind } from '../store/store';

export type SearchField = 'any' | 'title' | 'author';

export const ITEM_COLUMNS = 'i.id, i.title, i.author, i.publisher, i.year, i.kind';
const MAX_TERMS = 8;
/** Above every character: `prefix + TOP` bounds the index range of strings starting with `prefix`. */
const TOP = '\u{10FFFF}';

export interface CatalogueQuery {
  sql: string;
  params: (string | number)[];
}

function quoteFts(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQLite's lower() folds ASCII letters only; the range bounds must be folded the same way. */
function lowerAscii(term: string): string {
  return term.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function searchTerms(query: string): string[] {
  return query.normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
}

/** Null when the query has no terms. */
export function catalogueQuery(kind: StoreKind, query: string, field: SearchField, limit: number): CatalogueQuery | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const columns = field === 'any' ? ['title', 'author'] : [field];
  if (kind === 'postgres') return long.length ? pgSubstring(terms, columns, limit) : pgPrefix(short, columns, limit);
  return long.length ? withTrigrams(long, short, field, columns, limit) : prefixOnly(short, columns, limit);
}

function withTrigrams(long: string[], short: string[], field: SearchField, columns: string[], limit: number): CatalogueQuery {
  const scope = field === 'any' ? '' : `${field} : `;
  const params: (string | number)[] = [long.map((t) => `${scope}${quoteFts(t)}`).join(' AND ')];
  const where = ['catalogue_fts MATCH ?'];
  for (const t of short) {
    where.push(`(${columns.map((c) => `i.${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let k = 0; k < columns.length; k++) params.push(`%${escapeLike(t)}%`);
  }
  params.push(limit);
  return {
    sql: `SELECT ${ITEM_COLUMNS} FROM catalogue_fts f JOIN catalogue_items i ON i.id = f.rowid
      WHERE ${where.join(' AND ')} ORDER BY f.rowid DESC LIMIT ?`,
    params,
  };
}

function prefixOnly(short: string[], columns: string[], limit: number): CatalogueQuery {
  // The longest term gives the narrowest index range; the others filter it.
  const [lead, ...rest] = [...short].sort((a, b) => [...b].length - [...a].length) as [string, ...string[]];
  const startsWith = (c: string) => `(lower(${c}) >= ? AND lower(${c}) < ?)`;
  const bounds = (t: string) => [lowerAscii(t), `${lowerAscii(t)}${TOP}`];
  const params: (string | number)[] = [];
  const branches = columns.map((c) => {
    params.push(...bounds(lead));
    for (const t of rest) for (let k = 0; k < columns.length; k++) params.push(...bounds(t));
    params.push(limit);
    const others = rest.map(() => ` AND (${columns.map(startsWith).join(' OR ')})`).join('');
    return `SELECT id FROM (SELECT id FROM catalogue_items WHERE ${startsWith(c)}${others} ORDER BY lower(${c}) LIMIT ?)`;
  });
  params.push(limit);
  return {
    sql: `SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE i.id IN (${branches.join(' UNION ')})
      ORDER BY lower(i.title), i.id LIMIT ?`,
    params,
  };
}

/** One AND-ed condition per term: the pattern matches in any of the columns. */
function pgMatching(terms: string[], columns: string[], pattern: (escaped: string) => string): CatalogueQuery {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const t of terms) {
    where.push(`(${columns.map((c) => `lower(i.${c}) LIKE lower(?) ESCAPE '\\'`).join(' OR ')})`);
    for (let k = 0; k < columns.length; k++) params.push(pattern(escapeLike(t)));
  }
  return { sql: where.join(' AND '), params };
}

function pgSubstring(terms: string[], columns: string[], limit: number): CatalogueQuery {
  const { sql, params } = pgMatching(terms, columns, (t) => `%${t}%`);
  return { sql: `SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE ${sql} ORDER BY i.id DESC LIMIT ?`, params: [...params, limit] };
}

/**
 * Short terms alone: as prefixOnly on SQLite, one ordered range per column that stops after the
 * page, over the COLLATE "C" expression indexes of migration 012. Matching every title that starts
 * with 猫 and sorting them (12,590 rows at 300,000 items) took 270 ms; the ranges read 50 index
 * entries each. lower() runs on both sides in the database, so the bounds fold as the column does.
 */
function pgPrefix(short: string[], columns: string[], limit: number): CatalogueQuery {
  const [lead, ...rest] = [...short].sort((a, b) => [...b].length - [...a].length) as [string, ...string[]];
  const key = (c: string) => `lower(${c}) COLLATE "C"`;
  const startsWith = (c: string) => `(${key(c)} >= lower(?) AND ${key(c)} < lower(?) || ?)`;
  const bounds = (t: string) => [t, t, TOP];
  const params: (string | number)[] = [];
  const branches = columns.map((c) => {
    params.push(...bounds(lead));
    for (const t of rest) for (let k = 0; k < columns.length; k++) params.push(...bounds(t));
    params.push(limit);
    const others = rest.map(() => ` AND (${columns.map(startsWith).join(' OR ')})`).join('');
    return `(SELECT id FROM catalogue_items WHERE ${startsWith(c)}${others} ORDER BY ${key(c)} LIMIT ?)`;
  });
  params.push(limit);
  // COLLATE "C": code point order, as SQLite's BINARY sorts, whatever the database's locale.
  return {
    sql: `SELECT ${ITEM_COLUMNS} FROM catalogue_items i WHERE i.id IN (${branches.join(' UNION ')})
      ORDER BY ${key('i.title')}, i.id LIMIT ?`,
    params,
  };
}
