// A library calendar date ('YYYY-MM-DD') as mails print it, in the reader's language.
import type { Locale } from '../../src-shared/locales';
import { formatDate } from '../../src-shared/localized-date';

// The daily reminder job writes the same few due dates into up to 100,000 mails, and Intl
// formatting costs ~12 µs each time: a date's text is kept once made (a few hundred dates a year).
const dateTexts = new Map<string, string>();
const DATE_TEXTS_KEPT = 1024;

/** 'YYYY-MM-DD' as 令和8年1月6日(火曜日) / Tuesday 6 January 2026 (noon of the day: no zone can shift it). */
export function localDateText(date: string, locale: Locale): string {
  const key = `${locale}:${date}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    if (dateTexts.size >= DATE_TEXTS_KEPT) dateTexts.clear();
    text = formatDate(Date.parse(`${date}T12:00:00+09:00`), locale);
    dateTexts.set(key, text);
  }
  return text;
}
