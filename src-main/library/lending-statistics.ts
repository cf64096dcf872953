// The library's numbers for the statistics screen (issue 14), per Japan-time day: loans and returns
// at the counter, holds placed, and due-date reminders mailed. Loans and returns are counted from
// the audit log (every counter checkout and checkin writes one, on an ILS too), because a returned
// loan leaves `loans` and reaches loan_history only when the patron keeps a history. Reminders are
// counted from the outbox (reminder_log rows go with their loan). Set-based and portable like the
// city's counts: (epoch ms + 9 h) integer-divided by a day's ms is the day number.
import type { LendingDay } from '../../src-shared/contract/statistics';
import type { Store } from '../store/store';
import { dueReminderMail } from './mails';

const AUDITED = `SELECT action, (at + 32400000) / 86400000 AS d, count(*) AS n FROM audit_log
  WHERE action IN ('lending.checkout', 'lending.checkin') AND outcome = 'ok' AND at >= ? AND at < ?
  GROUP BY action, (at + 32400000) / 86400000`;
const HOLDS = `SELECT (placed_at + 32400000) / 86400000 AS d, count(*) AS n FROM holds
  WHERE placed_at >= ? AND placed_at < ? GROUP BY (placed_at + 32400000) / 86400000`;
const REMINDERS = `SELECT (created_at + 32400000) / 86400000 AS d, count(*) AS n FROM outbox
  WHERE created_at >= ? AND created_at < ? AND template = ? GROUP BY (created_at + 32400000) / 86400000`;

/** The statements, for the bench's raw baseline (the same texts the app sends). */
export const LENDING_STATISTICS_SQL = { AUDITED, HOLDS, REMINDERS } as const;

const DAY_MS = 86_400_000;

function dayOfNumber(d: number): string {
  return new Date(Number(d) * DAY_MS).toISOString().slice(0, 10);
}

export class LendingStatistics {
  constructor(private readonly store: Store) {}

  /** One row per day of `days` (Japan-time 'YYYY-MM-DD', in order), from `start` to `end` epoch ms. */
  async between(days: readonly string[], start: number, end: number): Promise<LendingDay[]> {
    const [audited, holds, reminders] = await Promise.all([
      this.store.all<{ action: string; d: number; n: number }>(AUDITED, [start, end]),
      this.store.all<{ d: number; n: number }>(HOLDS, [start, end]),
      this.store.all<{ d: number; n: number }>(REMINDERS, [start, end, dueReminderMail.name]),
    ]);
    const rows = new Map(days.map((day) => [day, { day, loans: 0, returns: 0, holds: 0, reminders: 0 }]));
    for (const r of audited) {
      const row = rows.get(dayOfNumber(r.d));
      if (row && r.action === 'lending.checkout') row.loans += Number(r.n);
      else if (row) row.returns += Number(r.n);
    }
    for (const r of holds) {
      const row = rows.get(dayOfNumber(r.d));
      if (row) row.holds += Number(r.n);
    }
    for (const r of reminders) {
      const row = rows.get(dayOfNumber(r.d));
      if (row) row.reminders += Number(r.n);
    }
    return [...rows.values()];
  }
}
