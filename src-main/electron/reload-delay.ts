// How long to wait before reloading a crashed or hung page. A page that crashes while loading
// would otherwise reload in a tight loop and pin the kiosk's CPU; the delay grows with the
// crashes of the last minutes and the kiosk keeps retrying, since nobody is there to press a key.

export const CRASH_WINDOW_MS = 5 * 60_000;
const delays = [0, 1_000, 5_000, 30_000, 120_000] as const;

/** `recent` are the times of earlier crashes; the current one is at `now`. */
export function reloadDelay(recent: readonly number[], now: number): number {
  const earlier = recent.filter((at) => now - at < CRASH_WINDOW_MS).length;
  return delays[Math.min(earlier, delays.length - 1)] as number;
}
