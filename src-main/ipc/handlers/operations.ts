// Site operations: the health report for staff, and the renderer's errors into main's log.
import type { Health } from '../../site/health';
import type { RendererLog } from '../../site/renderer-log';
import type { HandlerGroup } from '../handler';

export function operationsHandlers(health: Health, rendererLog: RendererLog): HandlerGroup<'staff.health' | 'log.renderer'> {
  return {
    'staff.health': () => health.check(),
    'log.renderer': (input, ctx) => {
      rendererLog.record(ctx.terminal, input);
      return null;
    },
  };
}
