// Answers that must not tell a registered account from an unknown one (OTP issue, key reissue)
// take at least a fixed wall-clock time, whichever path ran. The hashing work is already the same
// on both paths; the floor also hides the small difference of writing a mail row or not.
import { setTimeout as sleep } from 'node:timers/promises';

export async function withEvenTiming<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = minimumMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
