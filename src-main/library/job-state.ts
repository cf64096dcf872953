// The last library-local day each daily job finished, kept in the database so a day missed
// while the machine was off is caught up at the next start.
import type { Store } from '../store/store';
import { LibraryCalendar, type LocalDate } from './calendar';

const LAST = 'SELECT last_date FROM library_job_state WHERE job = ?';
// A slower run of the same job (another terminal's, or an overlapping one) never moves it back.
const FINISHED = `INSERT INTO library_job_state (job, last_date) VALUES (?, ?)
  ON CONFLICT (job) DO UPDATE SET last_date = CASE WHEN excluded.last_date > library_job_state.last_date
    THEN excluded.last_date ELSE library_job_state.last_date END`;

export class JobState {
  constructor(private readonly store: Store) {}

  async lastDate(job: string): Promise<LocalDate | null> {
    return (await this.store.get<{ last_date: string }>(LAST, [job]))?.last_date ?? null;
  }

  async finished(job: string, date: LocalDate): Promise<void> {
    await this.store.run(FINISHED, [job, date]);
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
