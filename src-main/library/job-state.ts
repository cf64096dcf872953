// The last library-local day each daily job finished, kept in the database so a day missed
// while the machine was off is caught up at the next start.
import type { Db } from '../store/database';
import { LibraryCalendar, type LocalDate } from './calendar';

export class JobState {
  private readonly get;
  private readonly set;

  constructor(db: Db) {
    this.get = db.prepare<[string], { last_date: string }>('SELECT last_date FROM library_job_state WHERE job = ?');
    this.set = db.prepare<[string, string]>(
      'INSERT INTO library_job_state (job, last_date) VALUES (?, ?) ON CONFLICT (job) DO UPDATE SET last_date = excluded.last_date',
    );
  }

  lastDate(job: string): LocalDate | null {
    return this.get.get(job)?.last_date ?? null;
  }

  finished(job: string, date: LocalDate): void {
    this.set.run(job, date);
  }
}

/**
 * The latest day whose run is due: today once the daily time has passed, else yesterday.
 */
export function latestDueDay(calendar: LibraryCalendar, time: string, now: number): LocalDate {
  const today = calendar.dateOf(now);
  return now >= calendar.at(today, time) ? today : LibraryCalendar.addDays(today, -1);
}

/** A scheduler rule: at start (to catch up), then every day at `time` library time. */
export function dailyAt(calendar: LibraryCalendar, time: string) {
  return (lastRun: number | null, now: number): number => {
    if (lastRun === null) return now;
    const day = calendar.dateOf(lastRun);
    const sameDay = calendar.at(day, time);
    return lastRun < sameDay ? sameDay : calendar.at(LibraryCalendar.addDays(day, 1), time);
  };
}
