// Due-date reminders: the library's daily job queues one mail per loan due tomorrow for patrons
// who asked (100,000 at full scale), each with its reminder_log row.
import type { BenchContext } from '../context';
import { atMost } from '../figures';
import type { Section } from '../section';

const SECTION = 'jobs';
export const REMINDER_GOAL_SECONDS = 5;
const GOAL_LOANS = 100_000;

export const jobsSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = ctx.app();
    if (!ctx.data) return;
    const { reminder } = ctx.data.manifest;
    const db = app.db;
    // A second run on the same folder (--data) starts from the same state as the first: without the
    // earlier runs' 100,000 queued mails each, the outbox and its indexes would grow run after run.
    db.prepare("DELETE FROM outbox WHERE template IN ('library.due_reminder', 'bench.baseline')").run();
    db.prepare('DELETE FROM reminder_log WHERE due_date = ?').run(reminder.dueDate);
    db.prepare("DELETE FROM library_job_state WHERE job = 'library.due_reminders'").run();
    // The deletions' pages go to the database file now, not in checkpoints during the timed run.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const outbox = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox');
    const before = outbox.get()?.n ?? 0;
    try {
      const started = performance.now();
      const result = await app.services.library.reminders.run(reminder.runAt);
      const seconds = (performance.now() - started) / 1000;
      const queued = (outbox.get()?.n ?? 0) - before;
      const per100k = (seconds * GOAL_LOANS) / Math.max(1, queued);
      ctx.figures.push(
        {
          kind: 'value',
          section: SECTION,
          name: `due-date reminders queued (${queued.toLocaleString('en-US')} mails)`,
          value: seconds,
          unit: 's',
          goals: queued >= GOAL_LOANS ? [atMost(seconds, REMINDER_GOAL_SECONDS, `≤ ${REMINDER_GOAL_SECONDS} s for 100,000`)] : [],
          note: `job reported ${result.queued} for ${result.days.join(', ')}; ${reminder.loans.toLocaleString('en-US')} loans due ${reminder.dueDate}`,
        },
        {
          kind: 'value',
          section: SECTION,
          name: 'reminders, time per 100,000 at this rate',
          value: per100k,
          unit: 's',
          goals: [atMost(per100k, REMINDER_GOAL_SECONDS, `≤ ${REMINDER_GOAL_SECONDS} s`)],
          note: queued >= GOAL_LOANS ? '' : 'extrapolated from a smaller run',
        },
      );
      ctx.log(`${SECTION}: ${queued} reminders in ${seconds.toFixed(2)} s`);
      commitCost(ctx, Math.min(queued, 2_000));
    } catch (error) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'due-date reminders', reason: (error as Error).message });
    }
  },
};

/**
 * The floor under the job: the same two rows per reminder (reminder_log-sized outbox row and an
 * insert) committed one transaction per loan, as the job does, and in one transaction for all —
 * with synchronous=FULL each commit waits for the disk.
 */
function commitCost(ctx: BenchContext, rows: number): void {
  if (rows === 0) return;
  const db = ctx.app().db;
  const insert = db.prepare(
    `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, account_id, status, attempts, next_attempt_at, created_at, queued_at)
     VALUES (?, 'bench.baseline', 'ja', 'p@example.jp', '返却期限のお知らせ', ?, NULL, 'sent', 1, 0, 0, 0)`,
  );
  const body = '返却期限'.repeat(100);
  let n = 0;
  const one = () => insert.run(`<bench-${Date.now()}-${n++}@bench.invalid>`, body);
  const perRow = performance.now();
  for (let i = 0; i < rows; i++) db.transaction(one).immediate();
  const perRowSeconds = (performance.now() - perRow) / 1000;
  const batched = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) one();
  }).immediate();
  const batchedSeconds = (performance.now() - batched) / 1000;
  for (const [name, seconds] of [['one transaction per row', perRowSeconds], ['one transaction for all', batchedSeconds]] as const) {
    ctx.figures.push({
      kind: 'value',
      section: SECTION,
      name: `raw: ${rows.toLocaleString('en-US')} outbox inserts, ${name}`,
      value: (seconds * GOAL_LOANS) / rows,
      unit: 's per 100,000',
      goals: [],
      note: `${seconds.toFixed(3)} s measured (synchronous=FULL, WAL)`,
    });
  }
}
