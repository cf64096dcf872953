// The renderer as built by electron-vite (out/renderer): JS and CSS bytes, raw and gzip, and the
// time from page load to the home screen being interactive in Chromium through the e2e harness.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchKiosk } from '../../e2e/harness';
import { RENDERER_DIR } from '../../e2e/support/static-server';
import type { BenchContext } from '../context';
import { atMost } from '../figures';
import { summarize } from '../stats';
import type { Section } from '../section';

const SECTION = 'renderer';
export const JS_GZIP_GOAL_BYTES = 250 * 1024;
export const INTERACTIVE_GOAL_MS = 500;
const LOADS = 10;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export const rendererSection: Section = {
  name: SECTION,
  needsData: false,
  async run(ctx: BenchContext) {
    // The harness's folder, so that the sizes and the timing are of the same build (MADOGUCHI_RENDERER_DIR
    // measures a private one while others rebuild out/).
    const outDir = RENDERER_DIR;
    let files: string[];
    try {
      files = filesUnder(outDir);
    } catch {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'bundle size', reason: 'out/renderer is missing: run through npm run bench (it builds first)' });
      return;
    }
    for (const ext of ['.js', '.css']) {
      const chosen = files.filter((f) => extname(f) === ext);
      const raw = chosen.reduce((n, f) => n + statSync(f).size, 0);
      const gzip = chosen.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
      ctx.figures.push(
        { kind: 'value', section: SECTION, name: `${ext.slice(1).toUpperCase()} raw (${chosen.length} files)`, value: raw, unit: 'bytes', goals: [] },
        {
          kind: 'value',
          section: SECTION,
          name: `${ext.slice(1).toUpperCase()} gzip`,
          value: gzip,
          unit: 'bytes',
          goals: ext === '.js' ? [atMost(gzip, JS_GZIP_GOAL_BYTES, '≤ 250 KB')] : [],
        },
      );
    }
    // What the first screen downloads: the entry script and the chunks index.html preloads.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => join(outDir, m[1] as string));
    const initialGzip = initial.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    ctx.figures.push({
      kind: 'value',
      section: SECTION,
      name: `JS gzip loaded by the home screen (${initial.length} files)`,
      value: initialGzip,
      unit: 'bytes',
      goals: [atMost(initialGzip, JS_GZIP_GOAL_BYTES, '≤ 250 KB')],
      note: 'entry script and the chunks index.html preloads; other screens load their chunks on first visit',
    });
    await measureInteractive(ctx);
  },
};

async function measureInteractive(ctx: BenchContext): Promise<void> {
  try {
    const kiosk = await launchKiosk();
    try {
      const { page } = kiosk;
      const samples: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        await page.reload();
        // Interactive: the first door of the home screen is visible and enabled.
        const door = page.getByRole('link', { name: /図書館/ });
        await door.waitFor({ state: 'visible' });
        // Read in the page: milliseconds since this navigation started.
        samples.push(await page.evaluate(() => performance.now()));
      }
      const ms = summarize(samples);
      ctx.figures.push({
        kind: 'value',
        section: SECTION,
        name: `page load → home interactive, median of ${LOADS}`,
        value: ms.p50,
        unit: 'ms',
        goals: [atMost(ms.p50, INTERACTIVE_GOAL_MS, `≤ ${INTERACTIVE_GOAL_MS} ms`)],
        note: `Chromium via the e2e harness; min ${ms.min.toFixed(0)}, max ${ms.max.toFixed(0)} ms; from navigation start to the 図書館 door visible`,
      });
    } finally {
      await kiosk.close();
    }
  } catch (error) {
    ctx.figures.push({ kind: 'missing', section: SECTION, name: 'home interactive', reason: (error as Error).message.split('\n')[0] ?? 'failed' });
  }
}
