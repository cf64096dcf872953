// 利用者情報選択: one search over every kind of account, by ID / card number / 利用者キー prefix
// (case-folded) or by kana name prefix, with keyset paging for もっと見る. Each query walks one
// index in order from the cursor, so the 10,000th page costs what the first does, even over a
// million accounts (004_staff.sql and 007_staff_search.sql hold the indexes; the plans are checked
// in the tests).
import type { AccountKind } from '../../src-shared/contract/channel';
import type { AccountPage, AccountRow, StaffRole } from '../../src-shared/contract/staff';
import { searchKana } from '../../src-shared/kana';
import { DomainError } from '../domain-error';
import type { Store } from '../store/store';
import { permissionsFor } from './staff-profiles';

export interface SearchRequest {
  kind: AccountKind | null;
  query: string;
  after: string | null;
  limit: number;
}

type Mode = 'login' | 'kana';

interface Cursor {
  mode: Mode;
  key: string;
  id: number;
}

interface RowDb {
  id: number;
  kind: AccountKind;
  login_id: string;
  display_name: string;
  name_kana: string | null;
  locked: number;
  accident: number;
  blockaded: number;
  sort_key: string;
  staff_kana: string | null;
  staff_role: StaffRole | null;
  staff_permissions: string | null;
}

const KANA = /[\u3041-\u30ff\uff66-\uff9f]/;
// Above every character an ID or a kana name can hold, so "prefix ≤ x < prefix + TOP" is a prefix range.
const TOP = '\uffff';

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.mode, c.key, c.id]), 'utf8').toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3) {
      const [mode, key, id] = value as unknown[];
      if ((mode === 'login' || mode === 'kana') && typeof key === 'string' && Number.isSafeInteger(id)) {
        return { mode, key, id: id as number };
      }
    }
  } catch {
    // fall through: a cursor we did not make
  }
  throw new DomainError('invalid_input', { after: 'invalid' });
}

/**
 * IDs, card numbers and 利用者キー are ASCII, and lower() folds ASCII alike in SQLite and
 * PostgreSQL; the typed prefix is folded the same way here, so it meets the indexed lower(login_id).
 */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function sql(mode: Mode, withKind: boolean, withPrefix: boolean, withCursor: boolean): string {
  const key = mode === 'login' ? 'lower(a.login_id)' : 'a.name_kana';
  const where = ['a.deleted_at IS NULL'];
  if (withKind) where.push('a.kind = @kind');
  if (mode === 'kana') where.push('a.name_kana IS NOT NULL');
  // The cursor's key is never below the prefix, so with a cursor it is the only lower bound: two
  // lower bounds on one column would leave SQLite free to seek on the wrong one. Written without a
  // row value, which SQLite does not use to seek an expression index.
  if (withCursor) where.push(`${key} >= @afterKey AND (${key} > @afterKey OR a.id > @afterId)`);
  else if (withPrefix) where.push(`${key} >= @prefix`);
  if (withPrefix) where.push(`${key} < @prefixEnd`);
  // The staff profile and its permissions come with the row: one query per page, where a look-up
  // per staff row made a page of 50 staff cost 51 queries. The joins run only for the rows of the
  // page (LIMIT applies to the walk of the accounts index), and only for staff rows.
  return `SELECT a.id, a.kind, a.login_id, a.display_name, a.name_kana, a.locked, a.accident, a.blockaded,
      ${key} AS sort_key, p.name_kana_half AS staff_kana, p.role AS staff_role,
      CASE WHEN a.kind = 'staff' THEN (SELECT string_agg(g.permission, ',') FROM staff_permissions g WHERE g.account_id = a.id) END AS staff_permissions
    FROM accounts a LEFT JOIN staff_profiles p ON a.kind = 'staff' AND p.account_id = a.id
    WHERE ${where.join(' AND ')} ORDER BY ${key}, a.id LIMIT @limit`;
}

// One text per combination of filters (16 in all), built once.
const texts = new Map<string, string>();

function sqlText(mode: Mode, withKind: boolean, withPrefix: boolean, withCursor: boolean): string {
  const id = `${mode}${+withKind}${+withPrefix}${+withCursor}`;
  let text = texts.get(id);
  if (text === undefined) {
    text = sql(mode, withKind, withPrefix, withCursor);
    texts.set(id, text);
  }
  return text;
}

export class AccountSearch {
  constructor(private readonly store: Store) {}

  /** The SQL a request runs (tests read its query plan). */
  static sqlFor(mode: Mode, withKind: boolean, withPrefix: boolean, withCursor: boolean): string {
    return sqlText(mode, withKind, withPrefix, withCursor);
  }

  async search({ kind, query, after, limit }: SearchRequest): Promise<AccountPage> {
    const mode: Mode = KANA.test(query) ? 'kana' : 'login';
    const prefix = mode === 'kana' ? searchKana(query) : foldAscii(query);
    const cursor = after === null ? null : decodeCursor(after);
    if (cursor && cursor.mode !== mode) throw new DomainError('invalid_input', { after: 'invalid' });

    const params: Record<string, string | number> = { limit: limit + 1 };
    if (kind !== null) params.kind = kind;
    if (prefix !== '') {
      if (!cursor) params.prefix = prefix;
      params.prefixEnd = prefix + TOP;
    }
    if (cursor) {
      params.afterKey = cursor.key;
      params.afterId = cursor.id;
    }
    const found = await this.store.all<RowDb>(sqlText(mode, kind !== null, prefix !== '', cursor !== null), params);
    const page = found.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: page.map((r) => this.toRow(r)),
      next: found.length > limit && last ? encodeCursor({ mode, key: last.sort_key, id: last.id }) : null,
    };
  }

  private toRow(r: RowDb): AccountRow {
    const role = r.kind === 'staff' ? r.staff_role : null;
    return {
      accountId: r.id,
      kind: r.kind,
      loginId: r.login_id,
      displayName: r.display_name,
      nameKana: role !== null && r.staff_kana !== null ? r.staff_kana : r.name_kana,
      locked: r.locked === 1,
      accident: r.accident === 1,
      blockaded: r.blockaded === 1,
      staff: role !== null ? { role, permissions: permissionsFor(role, r.staff_permissions?.split(',') ?? []) } : null,
    };
  }
}
