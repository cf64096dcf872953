// The library's calendar. Due dates, "shown from the next day" and "remind N days before" are
// about days at the branch, so they are computed in the configured time zone (Asia/Tokyo), never
// in the machine's zone or in UTC — the same zone arithmetic as every daily job (zoned-calendar.ts).
export { type LocalDate, ZonedCalendar as LibraryCalendar } from '../zoned-calendar';
