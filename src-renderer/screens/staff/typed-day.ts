// A day typed into a filter: 2026-12-03, 2026/12/3, 2026.12.3, 2026年12月3日 or 20261203, full-width
// digits too. A text field rather than <input type="date">, whose mm/dd/yyyy or 年/月/日 follows the
// machine's Chromium locale, not the counter's language (issue 13).
import { isRealCalendarDate } from '../../../src-shared/calendar-date';
import { normalizeText } from '../../../src-shared/fields';
import { type Locale, localeInfo } from '../../../src-shared/locales';

export type TypedDay = { day: string } | 'empty' | 'invalid';

/** 'YYYY-MM-DD' for a day that exists, 'empty' for a blank, 'invalid' otherwise. */
export function readTypedDay(text: string): TypedDay {
  const value = normalizeText(text).replace(/\s+/g, '');
  if (value === '') return 'empty';
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(value);
  if (!m) return 'invalid';
  const month = (m[2] ?? m[4] ?? '').padStart(2, '0');
  const date = (m[3] ?? m[5] ?? '').padStart(2, '0');
  const day = `${m[1]}-${month}-${date}`;
  return isRealCalendarDate(day) ? { day } : 'invalid';
}

/** The applied day written back into the field: 2026年12月3日 in Japanese, 2026-12-03 in other languages. */
export function showTypedDay(day: string, locale: Locale): string {
  // Typed back as the clerk would type it, so not in 令和 even where the calendar says so.
  if (localeInfo[locale].dates === 'intl') return day;
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
