import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, reloadDelay } from '../../../src-main/electron/reload-delay';

describe('reload delay after a crash', () => {
  const now = 10 * CRASH_WINDOW_MS;

  it('reloads at once after a first crash', () => {
    expect(reloadDelay([], now)).toBe(0);
  });

  it('waits longer the more the page has crashed lately', () => {
    const delays = [0, 1, 2, 3, 4, 5, 9].map((n) => reloadDelay(Array.from({ length: n }, (_, i) => now - 1_000 * (i + 1)), now));
    expect(delays).toEqual([0, 1_000, 5_000, 30_000, 120_000, 120_000, 120_000]);
  });

  it('forgets crashes older than the window', () => {
    expect(reloadDelay([now - CRASH_WINDOW_MS, now - CRASH_WINDOW_MS - 1], now)).toBe(0);
    expect(reloadDelay([now - CRASH_WINDOW_MS + 1], now)).toBe(1_000);
  });
});
