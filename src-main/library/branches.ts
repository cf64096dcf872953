// The library's branches and their opening days: data in the store (library_branches,
// library_closed_dates), edited on the counter's 館の設定 screen (branch-desk.ts). The configured
// list (`library.branches`, the demo's fourteen by default) only seeds a store that has no branch
// yet — the first start of a site; after that the store is the truth and the config is not read.
// A branch is never deleted: loans, holds and items keep naming it.
//
// Patron screens and jobs ask synchronously (has, name, main), so the active list is held here and
// read again after an edit on this terminal, before an import, and every minute by the app's
// `library.branches.reload` job for edits made on another terminal of the site.
import type { BranchInfo } from '../../src-shared/contract/library';
import type { BranchDetail } from '../../src-shared/contract/catalogue';
import type { LibraryConfig } from '../config/library';
import type { Store } from '../store/store';
import { type Locale, locales } from '../../src-shared/locales';
import { inLocale, type LocalizedText } from '../../src-shared/localized-text';
import { localized, translationsJson } from '../store/translations-column';
import { isOpenOn, type LocalDate, weekdaysOf } from './calendar';

const COUNT = 'SELECT count(*) AS n FROM library_branches';
const SEED = `INSERT INTO library_branches (code, name_ja, name_tr, sort_order, active) VALUES (?, ?, ?, ?, 1)
  ON CONFLICT (code) DO NOTHING`;
const ACTIVE = 'SELECT code, name_ja, name_tr, open_weekdays FROM library_branches WHERE active = 1 ORDER BY sort_order, code';
const CLOSED = `SELECT d.branch, d.day, d.note FROM library_closed_dates d JOIN library_branches b ON b.code = d.branch
  WHERE b.active = 1 ORDER BY d.branch, d.day`;

interface BranchRow {
  code: string;
  name_ja: string;
  name_tr: string;
  open_weekdays: number;
}

export class Branches {
  private active: BranchDetail[] = [];

  constructor(
    private readonly config: LibraryConfig,
    private readonly store: Store,
  ) {}

  /** Start-up: the configured list into a store without branches (in one transaction), then read. */
  async sync(): Promise<void> {
    await this.store.transaction(async () => {
      if (((await this.store.get<{ n: number }>(COUNT))?.n ?? 0) > 0) return;
      for (const [i, b] of this.config.branches.entries()) await this.store.run(SEED, [b.code, b.ja, translationsJson({ en: b.en }), i]);
    });
    await this.reload();
  }

  /** Reads the active branches again (after an edit, or another terminal's). */
  async reload(): Promise<void> {
    const [rows, closed] = await Promise.all([this.store.all<BranchRow>(ACTIVE), this.store.all<{ branch: string; day: string; note: string }>(CLOSED)]);
    // Assigned at once: a reader never sees a half-read list.
    this.active = rows.map((r) => ({
      ...localized(r.name_ja, r.name_tr),
      code: r.code,
      openWeekdays: weekdaysOf(r.open_weekdays),
      closedDates: closed.filter((c) => c.branch === r.code).map((c) => ({ day: c.day, note: c.note })),
    }));
  }

  /** The active branches with their opening days, in display order. */
  details(): BranchDetail[] {
    return this.active;
  }

  list(): BranchInfo[] {
    return this.active.map(({ openWeekdays: _days, closedDates: _closed, ...name }) => name);
  }

  codes(): string[] {
    return this.active.map((b) => b.code);
  }

  has(code: string): boolean {
    return this.active.some((b) => b.code === code);
  }

  /** The first branch in display order: the default 予約受取館. */
  get main(): string {
    const first = this.active[0];
    if (!first) throw new Error('the library has no active branch');
    return first.code;
  }

  /** A branch's name in every language it has (for mails and slips); an unknown code names itself. */
  names(code: string): LocalizedText {
    const b = this.active.find((x) => x.code === code);
    if (!b) return { ja: code };
    const { code: _code, openWeekdays: _days, closedDates: _closed, ...name } = b;
    return name;
  }

  name(code: string, locale: Locale): string {
    const b = this.active.find((x) => x.code === code);
    return b ? inLocale(b, locale) : code;
  }

  /** Whether the branch opens on that library day (its weekday open and the date not closed). */
  isOpen(code: string, date: LocalDate): boolean {
    const b = this.active.find((x) => x.code === code);
    return b !== undefined && isOpenOn(b.openWeekdays, b.closedDates, date);
  }

  /** The branch a catalogue file's 所蔵館 cell names: its code, or its name in any language. */
  codeOf(cell: string): string | null {
    const key = cell.toLowerCase();
    return (
      this.active.find((b) => b.code === key || b.ja === cell || locales.some((l) => b[l]?.toLowerCase() === key))?.code ?? null
    );
  }
}
