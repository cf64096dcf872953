import { describe, expect, it } from 'vitest';
import { ArgsError, parseArgs } from '../../bench/args';
import { cheapGoals, cheapP99For, type LatencyFigure, ratioOf } from '../../bench/figures';
import { sizesFor } from '../../bench/generate/sizes';
import { cardNumber, userKey } from '../../bench/generate/layout';
import { percentile, summarize } from '../../bench/stats';
import { formatBytes, formatMs, formatReport, markdownTable } from '../../bench/table';
import { hasValidCheckDigit } from '../../../src-shared/library/card-number';
import { USER_KEY_PATTERN } from '../../../src-shared/fields';

describe('percentiles', () => {
  it('interpolates between the nearest samples', () => {
    const sorted = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([1, 2], 50)).toBe(1.5);
    expect(percentile([10, 20, 30, 40], 95)).toBeCloseTo(38.5);
  });

  it('takes the only sample for every percentile, and refuses none or an out-of-range p', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 100)).toBe(7);
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes unsorted samples', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ count: 5, min: 1, max: 5, mean: 3, p50: 3 });
    expect(s.p99).toBeCloseTo(4.96);
  });
});

describe('goals', () => {
  const ms = (p99: number) => ({ ...summarize([p99 / 2, p99]), p99 });

  it('marks a cheap operation against 5 ms and 1.5 × its baseline p99', () => {
    const baseline = { sql: 'SELECT 1', ms: ms(1) };
    expect(cheapGoals(ms(1.4), baseline).map((g) => g.met)).toEqual([true, true]);
    expect(cheapGoals(ms(2), baseline).map((g) => g.met)).toEqual([true, false]);
    expect(cheapGoals(ms(6), undefined)).toEqual([{ text: 'p99 ≤ 5 ms', met: false }]);
  });

  it('allows a shared PostgreSQL server 10 ms at p99, the embedded SQLite file 5 ms', () => {
    const baseline = { sql: 'SELECT 1', ms: ms(6) };
    expect(cheapGoals(ms(8), baseline, cheapP99For('postgres'))).toEqual([
      { text: 'p99 ≤ 10 ms', met: true },
      { text: '≤ 1.5 × raw', met: true },
    ]);
    expect(cheapGoals(ms(8), baseline, cheapP99For('sqlite'))[0]).toEqual({ text: 'p99 ≤ 5 ms', met: false });
  });

  it('computes the ratio only with a baseline', () => {
    const figure: LatencyFigure = { kind: 'latency', section: 's', name: 'n', ms: ms(3), goals: [] };
    expect(ratioOf(figure)).toBeNull();
    expect(ratioOf({ ...figure, baseline: { sql: '', ms: ms(2) } })).toBe(1.5);
  });
});

describe('report formatting', () => {
  it('prints milliseconds with precision that suits their size', () => {
    expect(formatMs(0.01234)).toBe('0.012');
    expect(formatMs(3.14159)).toBe('3.14');
    expect(formatMs(42.42)).toBe('42.4');
    expect(formatMs(1234.5)).toBe('1235');
    expect(formatMs(Number.NaN)).toBe('–');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200.0 MB');
  });

  it('escapes pipes in markdown cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'z']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | z |');
  });

  it('puts latencies and other figures in separate tables with met / missed goals', () => {
    const report = formatReport([
      { kind: 'latency', section: 'citizen', name: 'list', ms: summarize([1, 2, 3]), goals: [{ text: 'p99 ≤ 5 ms', met: true }] },
      { kind: 'value', section: 'mail', name: 'rate', value: 250, unit: 'mails/s', goals: [{ text: '≥ 300 mails/s', met: false }] },
      { kind: 'missing', section: 'library', name: 'summary', reason: 'not built yet' },
    ]);
    const [latency, other] = report.split('\n\n');
    expect(latency).toContain('| citizen | list | 3 | 2.00 | 2.90 | 2.98 |');
    expect(latency).toContain('p99 ≤ 5 ms ✅ met');
    expect(other).toContain('| mail | rate | 250 mails/s | ≥ 300 mails/s ❌ missed |');
    expect(other).toContain('| library | summary | not measured |  | not built yet |');
  });
});

describe('flags', () => {
  it('reads scale, sections, data folder and counts', () => {
    expect(parseArgs(['--scale', '0.01', '--only', 'citizen,mail', '--only=staff', '--keep', '--calls=2000'])).toMatchObject({
      scale: 0.01,
      only: ['citizen', 'mail', 'staff'],
      keep: true,
      calls: 2000,
      data: null,
    });
    expect(parseArgs([])).toMatchObject({ scale: 1, only: [], calls: 1000, store: null, terminalOps: 2000 });
  });

  it('reads a PostgreSQL store and the terminal scenario’s size', () => {
    expect(parseArgs(['--store', 'postgres://u:p@127.0.0.1:5432/bench', '--terminal-ops=400'])).toMatchObject({
      store: 'postgres://u:p@127.0.0.1:5432/bench',
      terminalOps: 400,
    });
    expect(parseArgs(['--store=postgresql://h/db']).store).toBe('postgresql://h/db');
    expect(() => parseArgs(['--store', 'sqlite:bench.sqlite'])).toThrow(ArgsError);
    expect(() => parseArgs(['--store'])).toThrow(ArgsError);
  });

  it('refuses unknown flags and bad numbers', () => {
    expect(() => parseArgs(['--scale', '0'])).toThrow(ArgsError);
    expect(() => parseArgs(['--scale'])).toThrow(ArgsError);
    expect(() => parseArgs(['--fast'])).toThrow(ArgsError);
  });
});

describe('data set layout', () => {
  it('scales the municipal sizes with floors for the measured targets', () => {
    expect(sizesFor(1, { calls: 1000 })).toMatchObject({ patrons: 1_000_000, loanHistory: 10_000_000, citizens: 1_000_000, reservations: 5_000_000, staff: 10_000 });
    const small = sizesFor(0.0001, { calls: 1000 });
    expect(small.patrons).toBeGreaterThanOrEqual(2_500);
    expect(small.dueLoans).toBeLessThanOrEqual(small.currentLoans / 2);
  });

  it('makes valid, ascending card numbers and 利用者キー', () => {
    expect(hasValidCheckDigit(cardNumber(0))).toBe(true);
    expect(hasValidCheckDigit(cardNumber(999_999))).toBe(true);
    expect(cardNumber(10) < cardNumber(11)).toBe(true);
    for (const i of [0, 99_999, 100_000, 999_999]) expect(userKey(i)).toMatch(USER_KEY_PATTERN);
    expect(userKey(99_999) < userKey(100_000)).toBe(true);
  });
});
