// A bench section: one area's figures. Sections that need the municipal data set say so, and the
// runner generates it (or reads --data) only when a selected section does.
import type { BenchContext } from './context';
import { type Baseline, cheapGoals, type GoalCheck, type LatencyFigure } from './figures';
import { timeCalls, timeInterleaved } from './measure';

export interface Section {
  name: string;
  needsData: boolean;
  run(ctx: BenchContext): Promise<void>;
}

export interface OperationSpec {
  section: string;
  name: string;
  /** One timed IPC call; i rotates through targets. */
  op: (i: number) => unknown;
  baseline?: { sql: string; run: (i: number) => unknown };
  /** Puts targets back between the baseline and the operation (a write baseline uses them up). */
  reset?: () => void;
  /** Goals other than the cheap-operation pair (null: no goal). */
  goals?: (figure: LatencyFigure) => GoalCheck[];
  note?: string;
}

/** Times the baseline and the operation and records the figure; a failure is recorded, not thrown. */
export async function measureOperation(ctx: BenchContext, spec: OperationSpec): Promise<void> {
  try {
    let baseline: Baseline | undefined;
    let ms;
    if (spec.baseline && !spec.reset) {
      // Alternating calls see the same disk and CPU conditions (other processes share the machine).
      const both = await timeInterleaved(ctx.counts, spec.op, spec.baseline.run);
      ms = both.a;
      baseline = { sql: spec.baseline.sql, ms: both.b };
    } else {
      if (spec.baseline) baseline = { sql: spec.baseline.sql, ms: await timeCalls(ctx.counts, spec.baseline.run) };
      spec.reset?.();
      ms = await timeCalls(ctx.counts, spec.op);
    }
    const figure: LatencyFigure = { kind: 'latency', section: spec.section, name: spec.name, ms, baseline, goals: [], note: spec.note };
    figure.goals = spec.goals ? spec.goals(figure) : cheapGoals(ms, baseline);
    ctx.figures.push(figure);
    ctx.log(`${spec.section}: ${spec.name} p50 ${ms.p50.toFixed(3)} p99 ${ms.p99.toFixed(3)} ms`);
  } catch (error) {
    ctx.figures.push({ kind: 'missing', section: spec.section, name: spec.name, reason: (error as Error).message });
    ctx.log(`${spec.section}: ${spec.name} failed: ${(error as Error).message}`);
  }
}
