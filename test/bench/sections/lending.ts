// Counter lending (issue 14): one scan → loan recorded (counter.lending.checkout through the
// router, goal p99 ≤ 5 ms), beside the same reads and writes in plain SQL in one transaction. Each
// call lends a different free copy of the data set to one of a few hundred patrons without loans
// (at most five each, under the default limit of ten); the loans are removed afterwards, so the
// sections after this one see the data set as generated.
import { COUNTER_ITEM_BY_BARCODE, COUNTER_ITEM_BY_ID, LOANS } from '../../../src-main/library-system/local-library-system';
import { LibraryCalendar } from '../../../src-main/library/calendar';
import { FIRST_HOLD_ON_ITEM, INSERT_LOAN, LOAN_OF_ITEM_FOR_UPDATE } from '../../../src-main/library/loans';
import { ACCOUNT_BY_LOGIN, SESSION_BY_TERMINAL } from '../app-sql';
import { AUDIT_APPEND_SQL, rawAudit } from '../baseline-writes';
import type { BenchContext } from '../context';
import type { GoalCheck, LatencyFigure } from '../figures';
import { invokeOk } from '../measure';
import { measureOperation, type Section } from '../section';

const SECTION = 'lending';
const TERMINAL = 'bench-lending';
const LOANS_PER_PATRON = 5;
const GOAL_P99_MS = 5;

const FREE_PATRONS = `SELECT a.id, a.login_id FROM accounts a
  WHERE a.kind = 'patron' AND a.deleted_at IS NULL AND a.locked = 0 AND a.accident = 0
    AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.account_id = a.id)
  ORDER BY a.id LIMIT ?`;
const FREE_ITEMS = `SELECT i.id FROM catalogue_items i
  WHERE i.kind = 'book' AND i.status = 'available'
    AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.item_id = i.id)
    AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.item_id = i.id AND h.status IN ('waiting', 'ready'))
  ORDER BY i.id DESC LIMIT ?`;
const LAST_LOAN = 'SELECT coalesce(max(id), 0) AS id FROM loans';
const DROP_LOANS_AFTER = 'DELETE FROM loans WHERE id > ?';

function goal(figure: LatencyFigure): GoalCheck[] {
  return [{ text: `p99 ≤ ${GOAL_P99_MS} ms`, met: figure.ms.p99 <= GOAL_P99_MS }];
}

export const lendingSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = await ctx.app();
    const raw = await ctx.raw();
    if (!ctx.data) return;
    const { admin } = ctx.data.manifest;
    await invokeOk(app, TERMINAL, 'staff.login', { staffId: admin.staffId, pin: admin.pin });

    const needed = ctx.counts.calls + ctx.counts.warmup;
    const patrons = await raw.all<{ id: number; login_id: string }>(FREE_PATRONS, [Math.ceil(needed / LOANS_PER_PATRON)]);
    const items = await raw.all<{ id: number }>(FREE_ITEMS, [needed]);
    if (patrons.length * LOANS_PER_PATRON < needed || items.length < needed) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'one scan → loan recorded', reason: `the data set has ${patrons.length} patrons without loans and ${items.length} free items; ${needed} calls need more` });
      return;
    }
    const patron = (i: number) => patrons[Math.floor(i / LOANS_PER_PATRON) % patrons.length] as { id: number; login_id: string };
    const item = (i: number) => (items[i % items.length] as { id: number }).id;
    const before = (await raw.get<{ id: number }>(LAST_LOAN))?.id ?? 0;
    const calendar = new LibraryCalendar(app.config.library.timeZone);
    const { loanDays } = app.config.library;

    const statements = [SESSION_BY_TERMINAL, ACCOUNT_BY_LOGIN, LOANS, COUNTER_ITEM_BY_BARCODE, COUNTER_ITEM_BY_ID, LOAN_OF_ITEM_FOR_UPDATE, FIRST_HOLD_ON_ITEM, INSERT_LOAN, ...AUDIT_APPEND_SQL];
    try {
      await measureOperation(ctx, {
        section: SECTION,
        name: 'one scan → loan recorded (counter.lending.checkout)',
        op: (i) => invokeOk(app, TERMINAL, 'counter.lending.checkout', { cardNumber: patron(i).login_id, itemCode: String(item(i)) }),
        baseline: {
          statements,
          describe: `${statements.length} statements, one commit: session by terminal; account by card (twice, as the app reads it for its flags and for the system's standing), loan counts; item by barcode then id; the item's loan FOR UPDATE, its first hold; INSERT loan; audit append`,
          run: async (i) => {
            const p = patron(i);
            const id = item(i);
            await raw.get(SESSION_BY_TERMINAL, [TERMINAL]);
            await raw.transaction(async (tx) => {
              const now = Date.now();
              const today = calendar.dateOf(now);
              await tx.get(ACCOUNT_BY_LOGIN, ['patron', p.login_id]);
              await tx.get(ACCOUNT_BY_LOGIN, ['patron', p.login_id]);
              await tx.get(LOANS, [today, p.id]);
              await tx.get(COUNTER_ITEM_BY_BARCODE, [String(id)]);
              await tx.get(COUNTER_ITEM_BY_ID, [id]);
              if (await tx.get(LOAN_OF_ITEM_FOR_UPDATE, [id])) throw new Error(`item ${id} is on loan`);
              await tx.get(FIRST_HOLD_ON_ITEM, [id]);
              await tx.get(INSERT_LOAN, [p.id, id, app.services.library.branches.main, now, LibraryCalendar.addDays(today, loanDays)]);
              await rawAudit(tx, raw.auditKey, 'lending.checkout', `patron:${p.login_id}`);
            });
          },
        },
        // The baseline lends the same copies: they go back before the operation lends them.
        reset: async () => {
          await raw.run(DROP_LOANS_AFTER, [before]);
        },
        goals: goal,
        note: `${patrons.length} patrons without loans, ${LOANS_PER_PATRON} loans each; free copies newest first; synchronous audit row in the same commit`,
      });
    } finally {
      await raw.run(DROP_LOANS_AFTER, [before]);
    }
  },
};
