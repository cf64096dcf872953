// Moves a site's data from one store to another (SQLite → PostgreSQL when a second terminal
// arrives, or back): `madoguchi-admin store copy --from <url> --to <url>`. Both stores are first
// migrated to this version's schema, so their tables match column for column; the target must be
// empty. Rows are copied table by table in foreign-key order, in pages, one transaction per page,
// keeping every id (audit chain, references), and PostgreSQL's id sequences are moved past them.
import type { Store } from './store';

/**
 * Every table of the schema, parents before children. The test of this file compares the list
 * with the tables both dialects really have, so a new table cannot be forgotten here.
 * sessions are left out on purpose: a session belongs to a running terminal, and a move is done
 * with every terminal stopped.
 */
export const COPIED_TABLES = [
  'accounts',
  'credentials',
  'one_time_codes',
  'outbox',
  'audit_log',
  'audit_head',
  'rate_events',
  'citizen_profiles',
  'reservation_categories',
  'reservation_forms',
  'reservation_slots',
  'reservations',
  'closed_days',
  'library_branches',
  'library_closed_dates',
  'patrons',
  'catalogue_items',
  'ils_items',
  'loans',
  'holds',
  'hold_cart',
  'loan_history',
  'bookshelves',
  'bookshelf_items',
  'sdi_profiles',
  'sdi_runs',
  'sdi_deliveries',
  'ebook_loans',
  'reminder_log',
  'library_job_state',
  'staff_profiles',
  'staff_permissions',
  'installation',
  'citizen_identity',
  'terminals',
  'job_runs',
] as const;

/** Tables whose rows the app never needs after a move (they are not copied, nor counted). */
export const NOT_COPIED = ['sessions'] as const;

export interface TableCount {
  table: string;
  rows: number;
}

const PAGE = 1000;

/** Row counts of every copied table. */
export async function countRows(store: Store): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const table of COPIED_TABLES) {
    const row = await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    counts.push({ table, rows: row?.n ?? 0 });
  }
  return counts;
}

export class TargetNotEmptyError extends Error {
  override name = 'TargetNotEmptyError';
  constructor(readonly tables: TableCount[]) {
    super(`the target store already holds data (${tables.map((t) => `${t.table}: ${t.rows}`).join(', ')}); copy only into an empty store`);
  }
}

// Tables with an id column page by it (keyset: constant cost per page on 10 million rows);
// the others by their whole row order, which OFFSET serves well enough for their sizes.
async function hasIdColumn(store: Store, table: string): Promise<boolean> {
  const row = await store.get<Record<string, unknown>>(`SELECT * FROM ${table} LIMIT 1`);
  return row !== undefined && 'id' in row;
}

async function copyTable(from: Store, to: Store, table: string, onPage?: (table: string, copied: number) => void): Promise<number> {
  const byId = await hasIdColumn(from, table);
  let copied = 0;
  let lastId = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = byId
      ? await from.all<Record<string, unknown>>(`SELECT * FROM ${table} WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [lastId])
      : await from.all<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY 1, 2 LIMIT ${PAGE} OFFSET ${copied}`);
    if (rows.length === 0) break;
    const columns = Object.keys(rows[0] as Record<string, unknown>);
    const placeholders = `(${columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`;
    const values = rows.flatMap((r) => columns.map((c) => r[c] as string | number | Buffer | null));
    await to.transaction(async () => {
      await to.run(sql, values);
    });
    copied += rows.length;
    if (byId) lastId = Number((rows[rows.length - 1] as { id: number }).id);
    onPage?.(table, copied);
    if (rows.length < PAGE) break;
  }
  return copied;
}

/** PostgreSQL hands out ids from sequences, which the copied explicit ids did not advance. */
async function advanceSequences(to: Store): Promise<void> {
  if (to.kind !== 'postgres') return;
  const identities = await to.all<{ table_name: string }>(
    "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'",
  );
  for (const { table_name: table } of identities) {
    await to.run(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`);
  }
}

export interface CopyReport {
  source: TableCount[];
  target: TableCount[];
}

/**
 * Tables a migration fills with defaults: the city's closed days (migration 010, 年末年始). The copy
 * replaces them with the source's rows, so they do not make a new store count as used.
 */
const MIGRATION_DEFAULTS = ['closed_days'] as const;

/**
 * A store that nobody has used yet: no table has rows except the audit chain's head that
 * migration 006 writes at genesis (id 0), which the copy replaces with the source's head, and the
 * defaults of MIGRATION_DEFAULTS.
 */
async function usedTables(store: Store): Promise<TableCount[]> {
  const genesis = await store.get<{ n: number }>('SELECT count(*) AS n FROM audit_head WHERE last_id = 0');
  return (await countRows(store)).filter(
    (c) => !(MIGRATION_DEFAULTS as readonly string[]).includes(c.table) && c.rows > (c.table === 'audit_head' ? (genesis?.n ?? 0) : 0),
  );
}

export async function copyStore(from: Store, to: Store, onPage?: (table: string, copied: number) => void): Promise<CopyReport> {
  const existing = await usedTables(to);
  if (existing.length) throw new TargetNotEmptyError(existing);
  await to.run('DELETE FROM audit_head WHERE last_id = 0');
  for (const table of MIGRATION_DEFAULTS) await to.run(`DELETE FROM ${table}`);
  const source = await countRows(from);
  for (const table of COPIED_TABLES) await copyTable(from, to, table, onPage);
  await advanceSequences(to);
  return { source, target: await countRows(to) };
}
