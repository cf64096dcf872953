// The size cap counts on a budget: it refuses what is far above any form, stops as soon as the
// budget is spent, and lets every legitimate input through.
import { describe, expect, it } from 'vitest';
import { exceedsInputLimits, INPUT_LIMITS } from '../../../src-main/ipc/input-budget';

function wide(keys: number): Record<string, number> {
  const o: Record<string, number> = {};
  for (let i = 0; i < keys; i++) o[`k${i}`] = i;
  return o;
}

describe('input limits', () => {
  it('lets the largest legitimate inputs through', () => {
    expect(exceedsInputLimits({})).toBe(false);
    expect(exceedsInputLimits(undefined)).toBe(false);
    // A cart of 1,000 item ids (HISTORY_LIMIT), and a form of long texts.
    expect(exceedsInputLimits({ itemIds: Array.from({ length: 1000 }, (_, i) => 9_007_199_254_740_000 + i) })).toBe(false);
    expect(exceedsInputLimits(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`field${i}`, 'あ'.repeat(2000)])))).toBe(false);
  });

  it('refuses too many values, too much text, deep nesting and cycles', () => {
    expect(exceedsInputLimits(wide(INPUT_LIMITS.maxItems + 1))).toBe(true);
    expect(exceedsInputLimits({ list: new Array(1_000_000) })).toBe(true);
    expect(exceedsInputLimits({ text: 'x'.repeat(INPUT_LIMITS.maxChars) })).toBe(true);
    expect(exceedsInputLimits({ blob: new Uint8Array(100_000) })).toBe(true);
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(exceedsInputLimits(deep)).toBe(true);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(exceedsInputLimits(cyclic)).toBe(true);
    expect(exceedsInputLimits(new Map(Array.from({ length: 5000 }, (_, i) => [i, i])))).toBe(true);
  });

  it('stops early: a 10 MB string and a 10-million-element array cost no walk', () => {
    const huge = { a: 'x'.repeat(10_000_000), b: new Array(10_000_000).fill(0) };
    const started = performance.now();
    for (let i = 0; i < 1000; i++) exceedsInputLimits(huge);
    expect((performance.now() - started) / 1000).toBeLessThan(0.1);
  });
});
