// Electron hands a failed print back as a sentence (failureReason). Its documented sentences are
// "Print job canceled", "Print job failed" and "Invalid printer settings"; the OS's own words about
// an offline printer or an empty roll come through on some drivers, so those are looked for too.
// Whatever is not recognised is 'failed' — never shown as it is: the screen words the reason.
import type { PrintFailure } from './slip-printer';

const RULES: ReadonlyArray<readonly [RegExp, PrintFailure]> = [
  [/cancel/i, 'cancelled'],
  [/paper|media|cover open/i, 'out_of_paper'],
  [/offline|not (connected|available|responding)|unavailable|unreachable|timed? ?out/i, 'offline'],
  [/invalid|settings|device ?name|no printer|not found/i, 'invalid_settings'],
];

export function printFailureOf(failureReason: string | undefined | null): PrintFailure {
  const text = failureReason ?? '';
  for (const [pattern, reason] of RULES) if (pattern.test(text)) return reason;
  return 'failed';
}
