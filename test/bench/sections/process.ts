// Start-up on the full data set: createApp in a fresh process (time, and RSS before and after),
// on the run's store.
// The probe is bundled with Vite first and run by plain Node, so its RSS is the app's and Node's,
// not the module runner's (as in the product, where electron-vite bundles main).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { BenchContext } from '../context';
import { PROBE_STORE_ENV } from '../probes/open-app';
import { atMost } from '../figures';
import type { Section } from '../section';

const SECTION = 'process';
export const OPEN_GOAL_MS = 200;
export const OPEN_RSS_GOAL_BYTES = 200 * 1024 * 1024;

interface OpenProbe {
  openMs: number;
  firstCallMs: number;
  rssBefore: number;
  rssAfter: number;
}

export const processSection: Section = {
  name: SECTION,
  needsData: true,
  async run(ctx: BenchContext) {
    if (!ctx.data) return;
    try {
      const r = await runBundledProbe(ctx.data.dir, ctx.store.url);
      const appRss = r.rssAfter - r.rssBefore;
      ctx.figures.push(
        {
          kind: 'value',
          section: SECTION,
          name: 'open the data set (createApp)',
          value: r.openMs,
          unit: 'ms',
          goals: [atMost(r.openMs, OPEN_GOAL_MS, `≤ ${OPEN_GOAL_MS} ms`)],
          note: `first call after it: ${r.firstCallMs.toFixed(2)} ms${ctx.store.kind === 'postgres' ? '; includes connecting, the schema check and registering the terminal' : ''}`,
        },
        {
          kind: 'value',
          section: SECTION,
          name: 'RSS after opening (whole Node process)',
          value: r.rssAfter,
          unit: 'bytes',
          goals: [atMost(r.rssAfter, OPEN_RSS_GOAL_BYTES, '≤ 200 MB')],
          note: `createApp added ${(appRss / 1024 / 1024).toFixed(1)} MB to the ${(r.rssBefore / 1024 / 1024).toFixed(1)} MB of Node with the app's modules loaded`,
        },
      );
    } catch (error) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'open the data set', reason: (error as Error).message });
    }
  },
};

const OUT_DIR = 'out/bench-probe';

/** Bundles probes/open-app.ts (node_modules stay external, resolved from out/) and runs it once. */
async function runBundledProbe(dataDir: string, storeUrl: string | null): Promise<OpenProbe> {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: resolve('test/bench/probes/open-app.ts'),
      outDir: OUT_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'open-app.mjs' } },
    },
  });
  const file = resolve(OUT_DIR, 'open-app.mjs');
  const child = spawn(process.execPath, ['--input-type=module', '-e', 'const m = await import(process.argv[1]); await m.main(process.argv.slice(2));', file, dataDir], {
    // In the environment, not the arguments: the URL may hold a password, and arguments are public.
    env: storeUrl ? { ...process.env, [PROBE_STORE_ENV]: storeUrl } : process.env,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`open probe failed: ${err.trim().slice(-400)}`);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as OpenProbe;
}
