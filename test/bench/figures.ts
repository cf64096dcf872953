// What a bench section produces: latency figures (p50 / p95 / p99, optionally beside a raw
// baseline on the same store) and single values (sizes, rates, times), each read against the goals
// of issue 8. Figures are reported, never asserted: a missed goal is a finding, not a failure.
import type { StoreKind } from '../../src-main/store/store';
import type { Summary } from './stats';

export interface GoalCheck {
  /** As the issue states it, e.g. "p99 ≤ 5 ms". */
  text: string;
  met: boolean;
}

export interface Baseline {
  /** The statements the operation cannot do without, run directly on the driver (raw-sql.ts). */
  sql: string;
  ms: Summary;
}

export interface LatencyFigure {
  kind: 'latency';
  section: string;
  name: string;
  ms: Summary;
  baseline?: Baseline;
  goals: GoalCheck[];
  note?: string;
}

export interface ValueFigure {
  kind: 'value';
  section: string;
  name: string;
  value: number;
  unit: string;
  goals: GoalCheck[];
  note?: string;
}

/** A figure that could not be taken (area not built yet, an error): reported as such. */
export interface MissingFigure {
  kind: 'missing';
  section: string;
  name: string;
  reason: string;
}

export type Figure = LatencyFigure | ValueFigure | MissingFigure;

export const CHEAP_P99_MS = 5;
/** A shared server adds a network round trip per statement: the PostgreSQL goal is 10 ms. */
export const POSTGRES_CHEAP_P99_MS = 10;
export const CHEAP_BASELINE_RATIO = 1.5;

export function cheapP99For(kind: StoreKind): number {
  return kind === 'postgres' ? POSTGRES_CHEAP_P99_MS : CHEAP_P99_MS;
}

/** Operation p99 over baseline p99: the goal compares the tails. */
export function ratioOf(figure: LatencyFigure): number | null {
  if (!figure.baseline || figure.baseline.ms.p99 <= 0) return null;
  return figure.ms.p99 / figure.baseline.ms.p99;
}

/** The two goals every cheap operation is read against (p99 limit: cheapP99For the store). */
export function cheapGoals(ms: Summary, baseline: Baseline | undefined, p99Limit = CHEAP_P99_MS): GoalCheck[] {
  const goals: GoalCheck[] = [{ text: `p99 ≤ ${p99Limit} ms`, met: ms.p99 <= p99Limit }];
  if (baseline && baseline.ms.p99 > 0) {
    goals.push({ text: `≤ ${CHEAP_BASELINE_RATIO} × raw`, met: ms.p99 / baseline.ms.p99 <= CHEAP_BASELINE_RATIO });
  }
  return goals;
}

export function atMost(value: number, limit: number, text: string): GoalCheck {
  return { text, met: value <= limit };
}

export function atLeast(value: number, limit: number, text: string): GoalCheck {
  return { text, met: value >= limit };
}
