// Statistics (issue 14): the counter's statistics report over the municipal data set (5 million
// reservations at full scale, slots over the past year), for the last 30 days and the last 365,
// through the router, beside a raw baseline: the same GROUP BY statements sent straight to the store
// one after another (the app sends them at once and then folds the rows into days and events).
// Goal: a range answers in ≤ 1 s.
import { RESERVATION_STATISTICS_SQL } from '../../../src-main/citizen/reservation-statistics';
import { dayStart } from '../../../src-main/citizen/city-calendar';
import { LENDING_STATISTICS_SQL } from '../../../src-main/library/lending-statistics';
import { STAFF_STATISTICS_SQL } from '../../../src-main/staff/statistics';
import type { BenchContext } from '../context';
import { atMost, type LatencyFigure } from '../figures';
import { invokeOk } from '../measure';
import { measureOperation, type Section } from '../section';

const SECTION = 'statistics';
const TERMINAL = 'bench-statistics';
const GOAL_MS = 1_000;
const DAY = 86_400_000;

const cityDay = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);

export const statisticsSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    if (!ctx.data) return;
    const app = await ctx.app();
    const raw = await ctx.raw();
    const { admin } = ctx.data.manifest;
    await invokeOk(app, TERMINAL, 'staff.login', { staffId: admin.staffId, pin: admin.pin });
    // A heavy read: a few calls say enough, and a thousand would take the run's whole budget.
    const counts = { calls: Math.min(ctx.counts.calls, 20), warmup: Math.min(ctx.counts.warmup, 2) };
    const { RESERVED, CANCELLED, SLOTS, ATTENDED, SLOT_CANCELLED, TITLES } = RESERVATION_STATISTICS_SQL;
    const { AUDITED, HOLDS, REMINDERS } = LENDING_STATISTICS_SQL;
    const { SESSIONS, MAILS } = STAFF_STATISTICS_SQL;

    for (const days of [30, 365]) {
      const to = cityDay(Date.now());
      const from = cityDay(Date.now() - (days - 1) * DAY);
      const start = dayStart(from);
      const end = dayStart(to) + DAY;
      const rows = await raw.get<{ n: number }>('SELECT count(*) AS n FROM reservations r JOIN reservation_slots s ON s.id = r.slot_id WHERE s.starts_at >= ? AND s.starts_at < ?', [start, end]);
      await measureOperation({ ...ctx, counts }, {
        section: SECTION,
        name: `statistics report, last ${days} days (counter.statistics.report)`,
        op: () => invokeOk(app, TERMINAL, 'counter.statistics.report', { from, to }),
        baseline: {
          statements: [RESERVED, CANCELLED, SLOTS, ATTENDED, SLOT_CANCELLED, TITLES, AUDITED, HOLDS, REMINDERS, SESSIONS, MAILS],
          describe: 'the report\'s eleven statements, sent one after another',
          run: async () => {
            await raw.all(RESERVED, [start, end]);
            await raw.all(CANCELLED, [start, end]);
            await raw.all(SLOTS, [Date.now(), start, end]);
            await raw.all(ATTENDED, [Date.now(), start, end]);
            await raw.all(SLOT_CANCELLED, [start, end]);
            await raw.all(TITLES);
            await raw.all(AUDITED, [start, end]);
            await raw.all(HOLDS, [start, end]);
            await raw.all(REMINDERS, [start, end, 'library.due_reminder']);
            await raw.all(SESSIONS, [start, end]);
            await raw.all(MAILS, [start, end]);
          },
        },
        goals: (figure: LatencyFigure) => [atMost(figure.ms.p99, GOAL_MS, `p99 ≤ ${GOAL_MS} ms`)],
        note: `${Number(rows?.n ?? 0).toLocaleString('en-US')} reservations on the range's slots; ${counts.calls} calls`,
      });
    }
  },
};
