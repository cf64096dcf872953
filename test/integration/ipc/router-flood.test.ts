// Main stays responsive while strangers flood the router with huge inputs: each refusal is cheap
// (authority first, then a size cap that stops counting early), so the event loop's delay stays
// low; and the long audit check yields between pages instead of holding the loop.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/errors';
import { tempApp, type TempApp } from '../../fixtures/temp-app';
import { staffEnv } from '../staff/staff-env';

let t: TempApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function wide(keys: number): Record<string, number> {
  const o: Record<string, number> = {};
  for (let i = 0; i < keys; i++) o[`k${i}`] = i;
  return o;
}

interface LoopDelay {
  p99: number;
  max: number;
}

/**
 * Runs `work` three times while sampling how late the event loop runs a 1 ms timer; the round with
 * the lowest p99, in ms. The machine running the tests is shared: a neighbour's burst can stall
 * one round, while a router that blocks (zod on 100,000 keys took 0.1–0.6 s) stalls all three.
 */
async function loopDelay(work: () => Promise<void>): Promise<LoopDelay> {
  let best: LoopDelay = { p99: Infinity, max: Infinity };
  for (let round = 0; round < 3; round++) {
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    try {
      await work();
    } finally {
      histogram.disable();
    }
    const p99 = histogram.percentile(99) / 1e6;
    if (p99 < best.p99) best = { p99, max: histogram.max / 1e6 };
  }
  return best;
}

/** `connections` callers, each sending its next message on the loop's next turn (as IPC delivers them). */
async function flood(total: number, connections: number, send: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const caller = async () => {
    for (let i = next++; i < total; i = next++) {
      await new Promise((resolve) => setImmediate(resolve));
      await send(i);
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
}

describe('a flood of huge inputs', () => {
  it('keeps the event loop’s delay p99 under 50 ms over 2,000 huge anonymous inputs (best of three floods)', async () => {
    t = await tempApp({ mode: 'kiosk' });
    const router = t.app.router;
    // Built before measuring: making them is the sender's work, not main's.
    const widest = wide(100_000);
    const wideish = wide(10_000);
    const longText = { cardNumber: 'x'.repeat(5_000_000), password: 'x' };
    const longList = { itemIds: new Array(1_000_000).fill(1) };
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const shots: Array<[string, unknown, string]> = [
      ['citizen.reservations', widest, 'unauthorized'],
      ['admin.accounts.search', widest, 'unauthorized'],
      ['staff.login', widest, 'unauthorized'],
      ['library.login', wideish, 'invalid_input'],
      ['library.login', longText, 'invalid_input'],
      ['city.reserve', longList, 'invalid_input'],
      ['citizen.login', deep, 'invalid_input'],
      ['identity.password.login', { email: longText.cardNumber, password: longText.cardNumber }, 'invalid_input'],
    ];
    const answers = new Map<string, number>();
    const { p99, max } = await loopDelay(() =>
      flood(2_000, 4, async (i) => {
        const [channel, input, expected] = shots[i % shots.length] as [string, unknown, string];
        const result: Result<unknown> = await router.invoke(`stranger-${i % 50}`, channel, input);
        const code = result.ok ? 'ok' : result.error.code;
        expect(code, channel).toBe(expected);
        answers.set(code, (answers.get(code) ?? 0) + 1);
      }),
    );
    console.info(`event-loop delay during 2,000 huge inputs: p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms`, Object.fromEntries(answers));
    expect(p99).toBeLessThan(50);
  }, 120_000);
});

describe('the audit check', () => {
  it('yields between pages: the loop stays responsive while a large log is verified through the router', async () => {
    const env = await staffEnv();
    t = env;
    const { audit } = env.app.services;
    await env.app.store.transaction(async () => {
      for (let i = 0; i < 20_000; i++) {
        await audit.append({ actor: 'system', terminal: 'bench', action: 'test.row', target: `row:${i}`, outcome: 'ok' });
      }
    });
    const { p99, max } = await loopDelay(async () => {
      expect(await env.call('admin', 'counter.audit.verify', {})).toMatchObject({ ok: true, data: { ok: true } });
    });
    console.info(`event-loop delay while verifying 20,000 rows: p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
    expect(p99).toBeLessThan(50);
  }, 120_000);
});
