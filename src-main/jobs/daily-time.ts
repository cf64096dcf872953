// "Every day at HH:MM" in the site's time zone for site-level daily jobs (scheduled backups): which
// local day an instant falls on, and the instant a local time of a day happens — never the
// machine's zone. The zone arithmetic is the library calendar's (zoned-calendar.ts).
import { ZonedCalendar } from '../zoned-calendar';

export class DailyTime {
  private readonly calendar: ZonedCalendar;

  constructor(
    readonly timeZone: string,
    /** Local HH:MM. */
    readonly time: string,
  ) {
    this.calendar = new ZonedCalendar(timeZone);
  }

  /** YYYY-MM-DD in the zone. */
  dayOf(epochMs: number): string {
    return this.calendar.dateOf(epochMs);
  }

  /** The instant the day's HH:MM happens in the zone. */
  at(day: string): number {
    return this.calendar.at(day, this.time);
  }

  /** The day whose run is the latest one due at `now` (yesterday's until today's time comes). */
  dueDay(now: number): string {
    const today = this.dayOf(now);
    return now >= this.at(today) ? today : ZonedCalendar.addDays(today, -1);
  }

  /** A scheduler rule: at start (to catch up a missed day), then at the time every day. */
  nextRun(lastRun: number | null, now: number): number {
    if (lastRun === null) return now;
    const next = this.at(this.dayOf(lastRun));
    if (lastRun < next) return next;
    return this.at(ZonedCalendar.addDays(this.dayOf(lastRun), 1));
  }
}
