// Daily jobs (due-date reminders, SDI mails) run on every terminal's scheduler, but their work must
// be done once per site and day: each terminal first claims the day for the job, and only the one
// whose insert lands runs it. An insert, not a read-then-write, so it is atomic on both stores
// without a transaction of its own (and it joins the caller's when there is one).
import type { Store } from '../store/store';

const CLAIM = `INSERT INTO job_runs (job, day, terminal, claimed_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (job, day) DO NOTHING`;

/**
 * True when this terminal has claimed `day` (e.g. a YYYY-MM-DD in the site's time zone) for `job`
 * and must run it; false when another terminal (or an earlier run here) already has.
 */
export async function claimDailyRun(store: Store, job: string, day: string, terminal: string): Promise<boolean> {
  const { changes } = await store.run(CLAIM, [job, day, terminal, Date.now()]);
  return changes === 1;
}
