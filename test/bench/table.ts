// The markdown report: one table of latencies (beside their raw baselines) and one of the other
// figures, each with its goals marked met or missed.
import { type Figure, type GoalCheck, type LatencyFigure, type MissingFigure, ratioOf, type ValueFigure } from './figures';

/** Milliseconds with enough digits to compare a 20 µs baseline with a 2 ms operation. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function formatValue(value: number, unit: string): string {
  if (unit === 'bytes') return formatBytes(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function formatGoals(goals: readonly GoalCheck[]): string {
  if (goals.length === 0) return '';
  return goals.map((g) => `${g.text} ${g.met ? '✅ met' : '❌ missed'}`).join('; ');
}

/** A GitHub-flavoured markdown table; pipes inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function latencyRow(f: LatencyFigure): string[] {
  const ratio = ratioOf(f);
  return [
    f.section,
    f.name,
    String(f.ms.count),
    formatMs(f.ms.p50),
    formatMs(f.ms.p95),
    formatMs(f.ms.p99),
    f.baseline ? `${formatMs(f.baseline.ms.p50)} / ${formatMs(f.baseline.ms.p99)}` : '',
    ratio === null ? '' : `${ratio.toFixed(1)}×`,
    formatGoals(f.goals),
    f.note ?? '',
  ];
}

function valueRow(f: ValueFigure): string[] {
  return [f.section, f.name, formatValue(f.value, f.unit), formatGoals(f.goals), f.note ?? ''];
}

function missingRow(f: MissingFigure): string[] {
  return [f.section, f.name, 'not measured', '', f.reason];
}

export function formatReport(figures: readonly Figure[]): string {
  const latencies = figures.filter((f): f is LatencyFigure => f.kind === 'latency');
  const others = figures.filter((f): f is ValueFigure | MissingFigure => f.kind !== 'latency');
  const parts: string[] = [];
  if (latencies.length) {
    parts.push(
      markdownTable(
        ['section', 'operation', 'calls', 'p50 ms', 'p95 ms', 'p99 ms', 'raw p50 / p99 ms', 'p99 ratio', 'goals', 'note'],
        latencies.map(latencyRow),
      ),
    );
  }
  if (others.length) {
    parts.push(markdownTable(['section', 'figure', 'value', 'goals', 'note'], others.map((f) => (f.kind === 'value' ? valueRow(f) : missingRow(f)))));
  }
  return parts.join('\n\n');
}
