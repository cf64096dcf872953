// Timed calls: each operation runs warm-up calls first (statement caches, page cache, JIT), then
// the timed calls one after another, as a kiosk would send them. Every call gets its index, so
// operations rotate through distinct targets instead of hitting one row a thousand times.
import type { App } from '../../src-main/app';
import { summarize, type Summary } from './stats';

export interface Counts {
  calls: number;
  warmup: number;
}

export async function timeCalls({ calls, warmup }: Counts, call: (i: number) => unknown): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await call(i);
  const samples: number[] = new Array<number>(calls);
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await call(warmup + i);
    samples[i] = performance.now() - started;
  }
  return summarize(samples);
}

/** Two operations timed call by call in alternation, so both see the same conditions. */
export async function timeInterleaved({ calls, warmup }: Counts, a: (i: number) => unknown, b: (i: number) => unknown): Promise<{ a: Summary; b: Summary }> {
  for (let i = 0; i < warmup; i++) {
    await a(i);
    await b(i);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = warmup; i < warmup + calls; i++) {
    let started = performance.now();
    await a(i);
    sa.push(performance.now() - started);
    started = performance.now();
    await b(i);
    sb.push(performance.now() - started);
  }
  return { a: summarize(sa), b: summarize(sb) };
}

export class BenchCallError extends Error {
  override name = 'BenchCallError';
}

/** One IPC call through the router; a failure stops the measurement with the error code. */
export async function invokeOk(app: App, terminal: string, channel: string, input: unknown): Promise<unknown> {
  const result = await app.router.invoke(terminal, channel, input);
  if (!result.ok) throw new BenchCallError(`${channel} answered ${result.error.code}${result.error.fields ? ` ${JSON.stringify(result.error.fields)}` : ''}`);
  return result.data;
}
