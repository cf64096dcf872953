// Dates and times in the reader's language, always in Japan time whatever the terminal's own zone.
// Japanese and easy Japanese follow the seeds (令和8年1月7日(水曜日) 13時30分); easy Japanese gives
// every kanji its reading in the ruby notation of src-shared/ruby.ts; every other language gets the
// Gregorian calendar in its own order and words (Intl, from src-shared/locales.ts).
import { CITY_TIME_ZONE, formatJapaneseDate, formatJapaneseDateTime, formatJapaneseTime, japaneseParts } from './japanese-date';
import { type Locale, type LocaleInfo, localeInfo } from './locales';

type Style = 'date' | 'time' | 'dateTime' | 'shortDay';

const intlOptions: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  dateTime: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  shortDay: { weekday: 'short', month: 'short', day: 'numeric' },
};

// Intl formatters cost far more to build than to use: one per language and style, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();

function intlFormat(epochMs: number, locale: Locale, style: Style): string {
  const key = `${locale}:${style}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(localeInfo[locale].intl, { ...intlOptions[style], timeZone: CITY_TIME_ZONE });
    formatters.set(key, format);
  }
  return format.format(epochMs);
}

// ---- easy Japanese: the same date, every kanji with its reading -----------------------------

const weekdayReadings: Record<string, string> = {
  月: 'げつ',
  火: 'か',
  水: 'すい',
  木: 'もく',
  金: 'きん',
  土: 'ど',
  日: 'にち',
};

// The days of the month whose reading is not the number + にち.
const dayReadings: Record<string, string> = {
  '1': 'ついたち',
  '2': 'ふつか',
  '3': 'みっか',
  '4': 'よっか',
  '5': 'いつか',
  '6': 'むいか',
  '7': 'なのか',
  '8': 'ようか',
  '9': 'ここのか',
  '10': 'とおか',
  '14': 'じゅうよっか',
  '20': 'はつか',
  '24': 'にじゅうよっか',
};

function easyDay(day: string): string {
  const irregular = dayReadings[day];
  return irregular === undefined ? `${day}｜日《にち》` : `｜${day}日《${irregular}》`;
}

/** 分 is ふん after 2, 5, 7, 9 and ぷん after the other last digits (いっぷん, じゅっぷん, よんぷん…). */
function easyMinute(minute: string): string {
  const value = Number(minute);
  if (value === 0) return '';
  const reading = [2, 5, 7, 9].includes(value % 10) ? 'ふん' : 'ぷん';
  return `${value}｜分《${reading}》`;
}

function easyDate(epochMs: number): string {
  const p = japaneseParts(epochMs);
  const weekday = p.weekday.charAt(0);
  const era = p.era === '令和' ? '｜令和《れいわ》' : p.era;
  const year = p.year === '元' ? '｜元《がん》' : p.year;
  return `${era}${year}｜年《ねん》${p.month}｜月《がつ》${easyDay(p.day)}(｜${weekday}曜日《${weekdayReadings[weekday] ?? ''}ようび》)`;
}

function easyTime(epochMs: number): string {
  const p = japaneseParts(epochMs);
  return `${Number(p.hour)}｜時《じ》${easyMinute(p.minute)}`;
}

function easyShortDay(epochMs: number): string {
  const p = japaneseParts(epochMs);
  const weekday = p.weekday.charAt(0);
  return `${p.month}｜月《がつ》${easyDay(p.day)}(｜${weekday}《${weekdayReadings[weekday] ?? ''}》)`;
}

function shortJapaneseDay(epochMs: number): string {
  const p = japaneseParts(epochMs);
  return `${p.month}月${p.day}日(${p.weekday.charAt(0)})`;
}

// ---- per language ---------------------------------------------------------------------------

interface DateWriter {
  date(epochMs: number, locale: Locale): string;
  time(epochMs: number, locale: Locale): string;
  dateTime(epochMs: number, locale: Locale): string;
  shortDay(epochMs: number, locale: Locale): string;
}

const writers: Record<LocaleInfo['dates'], DateWriter> = {
  japanese: {
    date: formatJapaneseDate,
    time: formatJapaneseTime,
    dateTime: formatJapaneseDateTime,
    shortDay: shortJapaneseDay,
  },
  'easy-japanese': {
    date: easyDate,
    time: easyTime,
    dateTime: (epochMs) => `${easyDate(epochMs)} ${easyTime(epochMs)}`,
    shortDay: easyShortDay,
  },
  intl: {
    date: (epochMs, locale) => intlFormat(epochMs, locale, 'date'),
    time: (epochMs, locale) => intlFormat(epochMs, locale, 'time'),
    dateTime: (epochMs, locale) => intlFormat(epochMs, locale, 'dateTime'),
    shortDay: (epochMs, locale) => intlFormat(epochMs, locale, 'shortDay'),
  },
};

/** 令和8年1月7日(水曜日) / Wednesday, 7 January 2026 / Thứ Tư, 7 tháng 1, 2026 … */
export function formatDate(epochMs: number, locale: Locale): string {
  return writers[localeInfo[locale].dates].date(epochMs, locale);
}

/** 13時30分 / 13:30 */
export function formatTime(epochMs: number, locale: Locale): string {
  return writers[localeInfo[locale].dates].time(epochMs, locale);
}

/** The date and the time, as a reservation is told to the person who made it. */
export function formatDateTime(epochMs: number, locale: Locale): string {
  return writers[localeInfo[locale].dates].dateTime(epochMs, locale);
}

/** Short enough for several day buttons in a row: 1月7日(水) / Wed 7 Jan. */
export function formatShortDay(epochMs: number, locale: Locale): string {
  return writers[localeInfo[locale].dates].shortDay(epochMs, locale);
}
