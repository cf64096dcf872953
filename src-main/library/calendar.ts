// The library's calendar. Due dates, "shown from the next day" and "remind N days before" are
// about days at the branch, so they are computed in the configured time zone (Asia/Tokyo), never
// in the machine's zone or in UTC — the same zone arithmetic as every daily job (zoned-calendar.ts).
// A branch's opening days are data (branches.ts): open weekdays as a bit set, and closed dates.
import type { LocalDate } from '../zoned-calendar';

export { type LocalDate, ZonedCalendar as LibraryCalendar } from '../zoned-calendar';

/** Weekday of a library date: 0 Sunday … 6 Saturday (the date names a day, so UTC arithmetic is exact). */
export function weekdayOf(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The weekdays of library_branches.open_weekdays, whose bit n is weekday n. */
export function weekdaysOf(bits: number): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((d) => (bits & (1 << d)) !== 0);
}

export function bitsOf(weekdays: readonly number[]): number {
  return weekdays.reduce((bits, d) => bits | (1 << d), 0);
}

export function isOpenOn(openWeekdays: readonly number[], closedDates: readonly { day: string }[], date: LocalDate): boolean {
  return openWeekdays.includes(weekdayOf(date)) && !closedDates.some((c) => c.day === date);
}
