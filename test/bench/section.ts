// A bench section: one area's figures. Sections that need the municipal data set say so, and the
// runner generates it (or reads --data) only when a selected section does.
import type { BenchContext } from './context';
import { type Baseline, cheapGoals, cheapP99For, type GoalCheck, type LatencyFigure } from './figures';
import { timeCalls, timeInterleaved } from './measure';

export interface Section {
  name: string;
  needsData: boolean;
  run(ctx: BenchContext): Promise<void>;
}

export interface BaselineSpec {
  /** Every SQL text the baseline runs (the app's own texts: app-sql.ts or the module that exports them). */
  statements: readonly string[];
  /** What the report prints instead of the statements joined, when they read badly (long, or many). */
  describe?: string;
  run: (i: number) => Promise<unknown>;
}

export interface OperationSpec {
  section: string;
  name: string;
  /** One timed IPC call; i rotates through targets. */
  op: (i: number) => Promise<unknown>;
  baseline?: BaselineSpec;
  /** Puts targets back between the baseline and the operation (a write baseline uses them up). */
  reset?: () => Promise<void>;
  /** Goals other than the cheap-operation pair (null: no goal). */
  goals?: (figure: LatencyFigure) => GoalCheck[];
  note?: string;
}

/** Times the baseline and the operation and records the figure; a failure is recorded, not thrown. */
export async function measureOperation(ctx: BenchContext, spec: OperationSpec): Promise<void> {
  try {
    let baseline: Baseline | undefined;
    let ms;
    const sql = spec.baseline ? (spec.baseline.describe ?? spec.baseline.statements.join('; ')) : '';
    if (spec.baseline && !spec.reset) {
      // Alternating calls see the same disk and CPU conditions (other processes share the machine).
      const both = await timeInterleaved(ctx.counts, spec.op, spec.baseline.run);
      ms = both.a;
      baseline = { sql, ms: both.b };
    } else {
      if (spec.baseline) baseline = { sql, ms: await timeCalls(ctx.counts, spec.baseline.run) };
      await spec.reset?.();
      ms = await timeCalls(ctx.counts, spec.op);
    }
    const notes = spec.note ? [spec.note] : [];
    if (spec.baseline) {
      // The operation has run a thousand times by now: a statement it never sent is a stale copy.
      const raw = await ctx.raw();
      const stale = spec.baseline.statements.filter((s) => !raw.appSent(s));
      if (stale.length) {
        notes.push(`⚠ the baseline runs SQL the app did not send: ${stale.map((s) => s.replace(/\s+/g, ' ').slice(0, 80)).join(' | ')}`);
        ctx.log(`${spec.section}: ${spec.name}: baseline SQL not sent by the app:\n  ${stale.join('\n  ')}`);
      }
    }
    const figure: LatencyFigure = { kind: 'latency', section: spec.section, name: spec.name, ms, baseline, goals: [], note: notes.join('; ') || undefined };
    figure.goals = spec.goals ? spec.goals(figure) : cheapGoals(ms, baseline, cheapP99For(ctx.store.kind));
    ctx.figures.push(figure);
    ctx.log(`${spec.section}: ${spec.name} p50 ${ms.p50.toFixed(3)} p99 ${ms.p99.toFixed(3)} ms${baseline ? ` (raw p99 ${baseline.ms.p99.toFixed(3)})` : ''}`);
  } catch (error) {
    ctx.figures.push({ kind: 'missing', section: spec.section, name: spec.name, reason: (error as Error).message });
    ctx.log(`${spec.section}: ${spec.name} failed: ${(error as Error).message}`);
  }
}
