// Start-up on the full data set: createApp in a fresh process (time, and RSS before and after).
// The probe runs through Vite's module runner, whose own memory is in "RSS before"; the app's
// share is the difference.
import type { BenchContext } from '../context';
import { atMost } from '../figures';
import { startProbe } from '../probes/child';
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
    const probe = startProbe('test/bench/probes/open-app.ts', [ctx.data.dir]);
    try {
      const r = await probe.next<OpenProbe>();
      const appRss = r.rssAfter - r.rssBefore;
      ctx.figures.push(
        { kind: 'value', section: SECTION, name: 'open the data set (createApp)', value: r.openMs, unit: 'ms', goals: [atMost(r.openMs, OPEN_GOAL_MS, `≤ ${OPEN_GOAL_MS} ms`)], note: `first call after it: ${r.firstCallMs.toFixed(2)} ms` },
        {
          kind: 'value',
          section: SECTION,
          name: 'RSS after opening (whole probe process)',
          value: r.rssAfter,
          unit: 'bytes',
          goals: [atMost(r.rssAfter, OPEN_RSS_GOAL_BYTES, '≤ 200 MB')],
          note: `of which the app's opening added ${(appRss / 1024 / 1024).toFixed(1)} MB; the rest is Node + the Vite module runner`,
        },
      );
    } catch (error) {
      ctx.figures.push({ kind: 'missing', section: SECTION, name: 'open the data set', reason: (error as Error).message });
    } finally {
      await probe.finish();
    }
  },
};
