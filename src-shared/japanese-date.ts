// Dates as the city-hall seeds print them — 令和5年2月16日(木曜日) 13時30分 — always in Japan time,
// whatever the kiosk's own time zone. Shared so screens and mails say exactly the same thing.
export const CITY_TIME_ZONE = 'Asia/Tokyo';

const japanese = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'long',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: CITY_TIME_ZONE,
});

interface JapaneseParts {
  era: string;
  year: string;
  month: string;
  day: string;
  weekday: string;
  hour: string;
  minute: string;
}

/** The parts of a moment in the Japanese calendar, Japan time (for easy Japanese's readings too). */
export function japaneseParts(epochMs: number): JapaneseParts {
  const parts: JapaneseParts = { era: '', year: '', month: '', day: '', weekday: '', hour: '', minute: '' };
  for (const part of japanese.formatToParts(epochMs)) {
    if (part.type in parts) parts[part.type as keyof JapaneseParts] = part.value;
  }
  return parts;
}

/** 令和5年2月16日(木曜日) — the first year of an era is 元年, as Intl gives it. */
export function formatJapaneseDate(epochMs: number): string {
  const p = japaneseParts(epochMs);
  return `${p.era}${p.year}年${p.month}月${p.day}日(${p.weekday})`;
}

/** 13時30分 */
export function formatJapaneseTime(epochMs: number): string {
  const p = japaneseParts(epochMs);
  return `${p.hour}時${p.minute}分`;
}

/** 令和5年2月16日(木曜日) 13時30分 */
export function formatJapaneseDateTime(epochMs: number): string {
  return `${formatJapaneseDate(epochMs)} ${formatJapaneseTime(epochMs)}`;
}

const japaneseYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: CITY_TIME_ZONE });

/** 令和7年 — for titles such as 令和7年分 確定申告相談会. */
export function formatJapaneseYear(epochMs: number): string {
  return japaneseYear.format(epochMs);
}
