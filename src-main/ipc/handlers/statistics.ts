// Statistics channels (issue 14). The router has already refused kiosks and callers without the
// statistics permission; the service audits each CSV export.
import type { Statistics } from '../../staff';
import type { HandlerGroup } from '../handler';

type StatisticsChannel = 'counter.statistics.report' | 'counter.statistics.export';

export function statisticsHandlers(statistics: Statistics): HandlerGroup<StatisticsChannel> {
  return {
    'counter.statistics.report': (range) => statistics.report(range),
    'counter.statistics.export': async ({ table, ...range }, ctx) => {
      const { path, fileName, rows } = await statistics.export(range, table, ctx.actor);
      return { path, fileName, rows };
    },
  };
}
