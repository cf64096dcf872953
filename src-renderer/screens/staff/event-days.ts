// Days and times of the event back office, always in Japan time (the city's clock), whatever the
// counter PC's own time zone: 'YYYY-MM-DD' keys for a month grid and 'HH:MM' labels.
import { CITY_TIME_ZONE } from '../../../src-shared/japanese-date';

const dayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: CITY_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CITY_TIME_ZONE });

export function cityDay(epochMs: number): string {
  return dayFormat.format(epochMs);
}

export function cityTime(epochMs: number): string {
  return timeFormat.format(epochMs);
}

/** 'YYYY-MM' of the month after (+1) or before (-1). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The weeks of a month as rows of 7 days (Sunday first); null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: first.getUTCDay() }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
