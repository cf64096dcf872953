// Days in the city's time zone. Japan has kept no daylight saving time since 1951, so a day in
// Asia/Tokyo always starts at 15:00 UTC of the day before: plain arithmetic, no time-zone database.
const MINUTE = 60_000;
export const DAY_MS = 24 * 60 * MINUTE;
const JST_OFFSET = 9 * 60 * MINUTE;

/** Epoch ms of 0:00 Japan time on 'YYYY-MM-DD'. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - JST_OFFSET;
}

/** 'YYYY-MM-DD' of the Japan-time day holding the instant. */
export function dayOf(epochMs: number): string {
  return new Date(epochMs + JST_OFFSET).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Epoch ms of 'HH:MM' Japan time on the day. */
export function at(day: string, time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return dayStart(day) + (h * 60 + m) * MINUTE;
}

/** 'HH:MM' Japan time of the instant. */
export function timeOf(epochMs: number): string {
  return new Date(epochMs + JST_OFFSET).toISOString().slice(11, 16);
}
