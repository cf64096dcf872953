// KDF isolation: the p99 of cheap invokes (terminal.info, session.current) alone, and again while
// four production-KDF logins hash at the same time. scrypt runs on libuv's thread pool; if it ever
// ran on the main thread, the cheap calls would wait ~0.3 s behind it.
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { summarize, type Summary } from '../stats';
import type { BenchContext } from '../context';
import { atMost, cheapGoals, cheapP99For } from '../figures';
import { invokeOk } from '../measure';
import type { Section } from '../section';

const SECTION = 'kdf';
export const LOADED_P99_GOAL_MS = 10;
const HASHING_LOGINS = 4;

export const kdfSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    const app = await ctx.app();
    if (!ctx.data) return;
    const { loginPatrons } = ctx.data.manifest;
    // Each call waits for its turn of the event loop first, as an IPC message does, so the time
    // includes whatever the loop had to finish before it (a login's database work, say).
    const cheap = async (i: number) => {
      await nextTurn();
      await invokeOk(app, 'bench-kiosk', i % 2 === 0 ? 'terminal.info' : 'session.current', {});
    };
    // Calls are paced a millisecond apart (a busy kiosk's taps and timers), so the loaded run spans
    // several complete logins instead of finishing inside the first hash.
    const paced = async (until: () => boolean): Promise<Summary> => {
      const samples: number[] = [];
      for (let i = 0; i < ctx.counts.warmup; i++) await cheap(i);
      while (samples.length < ctx.counts.calls || !until()) {
        await sleep(1);
        const started = performance.now();
        await cheap(samples.length);
        samples.push(performance.now() - started);
      }
      return summarize(samples);
    };
    const idle = await paced(() => true);
    ctx.figures.push({ kind: 'latency', section: SECTION, name: 'cheap invokes, nothing else running', ms: idle, goals: cheapGoals(idle, undefined, cheapP99For(ctx.store.kind)), note: 'terminal.info / session.current, each after a turn of the event loop' });

    let running = true;
    let logins = 0;
    const loop = async (k: number) => {
      for (let i = k; running; i += HASHING_LOGINS) {
        const p = loginPatrons[i % loginPatrons.length] as { loginId: string; secret: string };
        await invokeOk(app, `bench-kdf-${k}`, 'library.login', { cardNumber: p.loginId, password: p.secret });
        logins++;
      }
    };
    const loops = Array.from({ length: HASHING_LOGINS }, (_, k) => loop(k));
    try {
      const loaded = await paced(() => logins >= 3 * HASHING_LOGINS);
      ctx.figures.push({
        kind: 'latency',
        section: SECTION,
        name: `cheap invokes while ${HASHING_LOGINS} logins hash (N=2^17)`,
        ms: loaded,
        goals: [atMost(loaded.p99, LOADED_P99_GOAL_MS, `p99 ≤ ${LOADED_P99_GOAL_MS} ms`)],
        note: `${logins} logins completed meanwhile; libuv pool ${process.env.UV_THREADPOOL_SIZE ?? 4} threads on ${ctx.machineCores} cores`,
      });
    } finally {
      running = false;
      await Promise.all(loops);
    }
  },
};
