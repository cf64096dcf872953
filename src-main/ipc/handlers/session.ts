// Terminal settings and the terminal's own session.
import type { Config } from '../../config/schema';
import { buildInfo } from '../../site/build-info';
import type { HandlerGroup } from '../handler';

export function sessionHandlers(config: Config, identityEnabled: () => { enabled: boolean; providerName: string }): HandlerGroup<
  'terminal.info' | 'session.current' | 'session.touch' | 'session.end' | 'staff.about'
> {
  return {
    'terminal.info': () => ({
      systemName: config.systemName,
      mode: config.mode,
      defaultLocale: config.defaultLocale,
      idle: {
        seconds: config.mode === 'kiosk' ? config.idle.kioskSeconds : config.idle.counterSeconds,
        countdownSeconds: config.idle.countdownSeconds,
      },
      identity: identityEnabled(),
    }),
    'session.current': (_input, ctx) => ctx.sessions.info(ctx.terminal),
    'staff.about': () => buildInfo(),
    'session.touch': async (_input, ctx) => {
      await ctx.sessions.touch(ctx.terminal);
      return null;
    },
    'session.end': async ({ reason }, ctx) => {
      await ctx.sessions.end(ctx.terminal, reason);
      return null;
    },
  };
}
