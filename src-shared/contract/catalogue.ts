// The library's own data, kept from the counter (issue 14): the catalogue imported from the
// library's CSV / TSV file (a dry run first, then the import), and the branches with their opening
// days. Every channel needs staff:catalogue, so a public kiosk's router refuses them all before
// reading anything.
import { z } from 'zod';
import { locales } from '../locales';
import { localizedText } from '../localized-text';
import { optionalText, translatedLocale } from './events';
import { isRealCalendarDate } from '../calendar-date';
import type { FieldErrorCode } from '../errors';
import { normalizeText, RAW_TEXT_LIMIT, text } from '../fields';
import { channel, noInput } from './channel';

/** The columns a catalogue file may have (its header names them in Japanese or English). */
export const importFields = ['barcode', 'isbn', 'title', 'author', 'publisher', 'year', 'ndc', 'branch', 'status', 'kind'] as const;
export type ImportField = (typeof importFields)[number];

/** Why a line (or the whole file, line 0 / the header's line) is refused. */
export const importReasons = [
  /** The cell is empty but the column is required (資料ID, 書名, 所蔵館). */
  'required',
  /** Not of the column's form (a barcode with spaces, a year that is no year, NDC not ddd.d). */
  'format',
  /** An ISBN whose check digit does not match. */
  'checksum',
  /** Longer than the column allows. */
  'too_long',
  /** A year in the future or before printing. */
  'out_of_range',
  /** 所蔵館 names no branch (by code or name). */
  'unknown_branch',
  /** 状態 is none of the known states. */
  'unknown_status',
  /** 種別 is neither 図書 nor 電子書籍. */
  'unknown_kind',
  /** The same 資料ID on an earlier line of the file (`otherLine`). */
  'duplicate',
  /** The file: a required column is missing from the header. */
  'missing_column',
  /** The file: unreadable as CSV / TSV from this line on (an unclosed quote, say). */
  'malformed',
  /** The file: no header, or no line after it. */
  'empty',
  /** The file: more lines than one import takes. */
  'too_many_lines',
] as const;
export type ImportReason = (typeof importReasons)[number];

/** The most lines one file may hold; a larger catalogue is imported in several files. */
export const IMPORT_MAX_LINES = 200_000;
/** The largest file the staff screen sends (about 20 MB; base64 adds a third). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Refusals sent to the screen: enough to page through; the count says how many there were. */
export const IMPORT_REFUSALS_SHOWN = 5_000;

export const importRefusal = z.object({
  /** The line in the file (the header is line 1). */
  line: z.number(),
  /** The column, or null for the file itself. */
  field: z.enum(importFields).nullable(),
  reason: z.enum(importReasons),
  /** What the cell held (cut to 40 characters), so the clerk finds it. */
  value: z.string(),
  /** With duplicate: the line that has the same 資料ID first. */
  otherLine: z.number().nullable(),
});
export type ImportRefusal = z.infer<typeof importRefusal>;

export const importReport = z.object({
  encoding: z.enum(['utf-8', 'shift_jis']),
  delimiter: z.enum(['comma', 'tab']),
  /** Lines after the header (blank lines not counted). */
  lines: z.number(),
  /** Lines whose 資料ID is new to the catalogue. */
  added: z.number(),
  /** Lines whose 資料ID is in the catalogue with other values. */
  updated: z.number(),
  /** Lines whose 資料ID is in the catalogue with the same values. */
  unchanged: z.number(),
  /** Lines refused (a line may be refused for several reasons). */
  refusedLines: z.number(),
  /** Every reason, in line order; the screen receives the first IMPORT_REFUSALS_SHOWN. */
  refusals: z.array(importRefusal),
  /** All reasons, also those not sent. */
  refusalCount: z.number(),
  /** True once the import was written; a file with any refused line is never written. */
  written: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;

/** The file as the staff screen read it: its name (for the audit row) and its bytes in base64. */
export const importInput = z
  .object({
    fileName: z.string().max(255, { error: 'too_long' }),
    data: z
      .string({ error: 'required' })
      .min(1, { error: 'required' })
      .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4, { error: 'too_large' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'format' }),
  })
  .strict();

/** Weekday numbers as JavaScript counts them: 0 Sunday … 6 Saturday. */
export const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;

export const branchClosedDate = z.object({ day: z.string(), note: z.string() });
export type BranchClosedDate = z.infer<typeof branchClosedDate>;

export const branchDetail = localizedText.extend({
  code: z.string(),
  /** The weekdays the branch is open (0 Sunday … 6 Saturday). */
  openWeekdays: z.array(z.number()),
  /** Dates it is closed although the weekday is open, in date order. */
  closedDates: z.array(branchClosedDate),
});
export type BranchDetail = z.infer<typeof branchDetail>;

/** A date typed as 2026-12-29, 2026/12/29 or 2026年12月29日 (full-width digits too). */
export const branchClosedDay = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v, ctx) => {
    const value = normalizeText(v).replace(/\s+/g, '');
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
    const day = m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : '';
    if (!m || !isRealCalendarDate(day)) {
      ctx.addIssue({ code: 'custom', message: (value === '' ? 'required' : 'format') satisfies FieldErrorCode });
      return z.NEVER;
    }
    return day;
  });

export const BRANCH_CLOSED_DATES_MAX = 366;

export const branchInput = z
  .object({
    /** The branch's code: the catalogue file's 所蔵館 may name it, and records keep it for good. */
    code: z
      .string({ error: 'required' })
      .max(RAW_TEXT_LIMIT, { error: 'too_long' })
      .transform((v) => normalizeText(v).toLowerCase())
      .pipe(z.string().min(1, { error: 'required' }).max(32, { error: 'too_long' }).regex(/^[a-z0-9_-]+$/, { error: 'format' })),
    ja: text(40),
    /** The name in other languages; a language left out shows the Japanese (issue 17). */
    translations: z.partialRecord(translatedLocale, z.object({ name: optionalText(60) }).strict()).default({}),
    openWeekdays: z
      .array(z.number().int().min(0).max(6), { error: 'required' })
      .max(7)
      .refine((list) => new Set(list).size === list.length, { error: 'invalid' }),
    closedDates: z
      .array(
        z.object({ day: branchClosedDay, note: z.string().max(RAW_TEXT_LIMIT, { error: 'too_long' }).transform(normalizeText).pipe(z.string().max(40, { error: 'too_long' })) }).strict(),
      )
      .max(BRANCH_CLOSED_DATES_MAX, { error: 'too_large' })
      .refine((list) => new Set(list.map((d) => d.day)).size === list.length, { error: 'invalid' }),
    /** True for 新しい館を追加: an existing code is then refused (conflict) instead of overwritten. */
    isNew: z.boolean(),
  })
  .strict();
export type BranchDraft = z.input<typeof branchInput>;

const level = 'staff:catalogue' as const;
/** The import's input is the whole file: its channel alone takes up to IMPORT_MAX_BYTES in base64. */
const importChars = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 1024;

export const catalogueChannels = {
  'counter.catalogue.import.check': channel({ input: importInput, output: importReport, auth: level, maxInputChars: importChars }),
  'counter.catalogue.import.run': channel({ input: importInput, output: importReport, auth: level, maxInputChars: importChars }),
  'counter.catalogue.branches.list': channel({ input: noInput, output: z.array(branchDetail), auth: level }),
  'counter.catalogue.branches.save': channel({ input: branchInput, output: z.array(branchDetail), auth: level }),
};

/** A branch as its edit form starts: the names by language, the days as they are. */
export function branchDraft(detail: BranchDetail): Omit<BranchDraft, 'isNew'> {
  const translations: NonNullable<BranchDraft['translations']> = {};
  for (const locale of locales) {
    const name = locale === 'ja' ? undefined : detail[locale];
    if (locale !== 'ja' && name) translations[locale] = { name };
  }
  return {
    code: detail.code,
    ja: detail.ja,
    translations,
    openWeekdays: [...detail.openWeekdays],
    closedDates: detail.closedDates.map((c) => ({ ...c })),
  };
}
