// Due-date reminders: the library's daily job queues one mail per loan due tomorrow for patrons
// who asked (100,000 at full scale), each with its reminder_log row.
import { OUTBOX_INSERT } from '../app-sql';
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
    const app = await ctx.app();
    const raw = await ctx.raw();
    if (!ctx.data) return;
    const { reminder } = ctx.data.manifest;
    // A second run on the same folder (--data) starts from the same state as the first: without the
    // earlier runs' 100,000 queued mails each, the outbox and its indexes would grow run after run.
    await raw.run("DELETE FROM outbox WHERE template IN ('library.due_reminder', 'bench.baseline')");
    await raw.run('DELETE FROM reminder_log WHERE due_date = ?', [reminder.dueDate]);
    await raw.run("DELETE FROM library_job_state WHERE job = 'library.due_reminders'");
    // The deletions' pages go to the database file now, not in checkpoints during the timed run
    // (SQLite; PostgreSQL's checkpoints are the server's business).
    if (ctx.store.kind === 'sqlite') await raw.get('PRAGMA wal_checkpoint(TRUNCATE)');
    const outboxCount = async () => (await raw.get<{ n: number }>('SELECT count(*) AS n FROM outbox'))?.n ?? 0;
    const before = await outboxCount();
    try {
      const started = performance.now();
      const result = await app.services.library.reminders.run(reminder.runAt);
      const seconds = (performance.now() - started) / 1000;
      const queued = (await outboxCount()) - before;
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
      await commitCost(ctx, Math.min(queued, 2_000));
    } catch (error) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'due-date reminders', reason: (error as Error).message });
    }
  },
};

/**
 * The floor under the job: the app's outbox insert (one reminder-sized mail) committed one
 * transaction per row, as the job once did, and in one transaction for all — each commit waits for
 * the disk (SQLite synchronous=FULL; PostgreSQL as its fsync / synchronous_commit say).
 */
async function commitCost(ctx: BenchContext, rows: number): Promise<void> {
  if (rows === 0) return;
  const raw = await ctx.raw();
  const body = '返却期限'.repeat(100);
  let n = 0;
  const one = (q: Pick<typeof raw, 'get'>) => {
    const now = Date.now();
    return q.get(OUTBOX_INSERT, {
      messageId: `<bench-${now}-${n++}@bench.invalid>`,
      template: 'bench.baseline',
      locale: 'ja',
      to: 'p@example.jp',
      subject: '返却期限のお知らせ',
      body,
      accountId: null,
      carriesSecret: 0,
      now,
    });
  };
  const perRow = performance.now();
  for (let i = 0; i < rows; i++) await raw.transaction((tx) => one(tx));
  const perRowSeconds = (performance.now() - perRow) / 1000;
  const batched = performance.now();
  await raw.transaction(async (tx) => {
    for (let i = 0; i < rows; i++) await one(tx);
  });
  const batchedSeconds = (performance.now() - batched) / 1000;
  // Out of the queue again: no worker is to send them (a later mail section on this store would).
  await raw.run("DELETE FROM outbox WHERE template = 'bench.baseline'");
  for (const [name, seconds] of [['one transaction per row', perRowSeconds], ['one transaction for all', batchedSeconds]] as const) {
    ctx.figures.push({
      kind: 'value',
      section: SECTION,
      name: `raw: ${rows.toLocaleString('en-US')} outbox inserts, ${name}`,
      value: (seconds * GOAL_LOANS) / rows,
      unit: 's per 100,000',
      goals: [],
      note: `${seconds.toFixed(3)} s measured (${ctx.store.durability})`,
    });
  }
}
