// A staff list that main hands out a page at a time (newest first, もっと見る for the next page):
// the rows so far, main's cursor for the next page, and the busy / error state of the last load.
import { type Ref, ref } from 'vue';
import type { ErrorCode, Result } from '../../../src-shared/errors';

export interface PagedRows<Row, Cursor> {
  rows: Ref<Row[]>;
  next: Ref<Cursor | null>;
  busy: Ref<boolean>;
  error: Ref<ErrorCode | null>;
  /** The first page (replacing the rows) or, with `more`, the next one appended; true when it loaded. */
  load(more: boolean): Promise<boolean>;
}

export function usePagedRows<Row, Cursor>(
  fetchPage: (cursor: Cursor | null) => Promise<Result<{ rows: Row[]; next: Cursor | null }>>,
): PagedRows<Row, Cursor> {
  const rows = ref<Row[]>([]) as Ref<Row[]>;
  const next = ref<Cursor | null>(null) as Ref<Cursor | null>;
  const busy = ref(false);
  const error = ref<ErrorCode | null>(null);

  async function load(more: boolean): Promise<boolean> {
    busy.value = true;
    error.value = null;
    const result = await fetchPage(more ? next.value : null);
    busy.value = false;
    if (!result.ok) {
      error.value = result.error.code;
      return false;
    }
    rows.value = more ? [...rows.value, ...result.data.rows] : result.data.rows;
    next.value = result.data.next;
    return true;
  }

  return { rows, next, busy, error, load };
}
