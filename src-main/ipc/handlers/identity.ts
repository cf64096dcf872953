// xID channels (device flow start / wait / proceed / cancel, linking) and the password channels of
// seed 004 (reset by mail, e-mail + password login).
import type { IdentityServices } from '../../identity';
import { DomainError } from '../../domain-error';
import { type HandlerContext, type HandlerGroup, sessionOf } from '../handler';

type IdentityChannel =
  | 'identity.start'
  | 'identity.link.start'
  | 'identity.wait'
  | 'identity.proceed'
  | 'identity.cancel'
  | 'identity.link.status'
  | 'identity.password.reset.request'
  | 'identity.password.reset'
  | 'identity.password.login';

/**
 * A fresh operation signal: whatever long operation the terminal was running (an older code still
 * being polled) is stopped first, so only the newest flow can ever log anyone in.
 */
function freshSignal(ctx: HandlerContext): AbortSignal {
  ctx.sessions.abortOperations(ctx.terminal);
  return ctx.sessions.operationSignal(ctx.terminal);
}

export function identityHandlers(identity: IdentityServices): HandlerGroup<IdentityChannel> {
  const requireEnabled = () => {
    if (!identity.status().enabled) throw new DomainError('unavailable');
  };
  return {
    'identity.start': ({ purpose, locale }, ctx) => {
      requireEnabled();
      return identity.flows.start(ctx.terminal, { kind: purpose }, locale, freshSignal(ctx));
    },
    'identity.link.start': async ({ locale }, ctx) => {
      requireEnabled();
      const { accountId } = sessionOf(ctx);
      // One xID per account: say so before the citizen takes out their phone.
      if (await identity.xid.isLinked(accountId)) throw new DomainError('conflict');
      return identity.flows.start(ctx.terminal, { kind: 'link', accountId }, locale, freshSignal(ctx));
    },
    'identity.wait': (_input, ctx) =>
      identity.flows.wait(ctx.terminal, ctx.actor, async () => (await ctx.sessions.get(ctx.terminal))?.accountId),
    'identity.proceed': ({ action, locale }, ctx) => identity.flows.proceed(ctx.terminal, action, locale, ctx.actor),
    'identity.cancel': (_input, ctx) => {
      ctx.sessions.abortOperations(ctx.terminal);
      identity.flows.forget(ctx.terminal);
      return null;
    },
    'identity.link.status': async (_input, ctx) => ({ linked: await identity.xid.isLinked(sessionOf(ctx).accountId) }),
    'identity.password.reset.request': ({ email, locale }, ctx) => identity.passwordReset.request(email, locale, ctx.actor),
    'identity.password.reset': async ({ email, code, password, locale }, ctx) => {
      await identity.passwordReset.reset(email, code, password, locale, ctx.actor);
      return { reset: true as const };
    },
    'identity.password.login': async ({ email, password }, ctx) => {
      const session = await identity.passwordLogin.login(email, password, ctx.actor);
      return { displayName: session.displayName };
    },
  };
}
