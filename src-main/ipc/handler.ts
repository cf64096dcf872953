// The shape of a channel handler. Each area exports a partial map of handlers; app.ts joins them
// and the compiler checks that every channel of the contract has exactly one.
import type { ChannelName, ChannelOutput, ParsedInput } from '../../src-shared/contract';
import type { Actor } from '../auth/accounts';
import type { Session, Sessions } from '../auth/sessions';

export interface HandlerContext {
  terminal: string;
  /** The caller's session; present whenever the channel's auth level requires one. */
  session: Session | undefined;
  /**
   * The sessions, also for a long operation's signal (sessions.operationSignal): asked for by the
   * few handlers that start one, never made per call — one per caller would pile up.
   */
  sessions: Sessions;
  /** Who is acting, for audit rows. */
  actor: Actor;
}

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };

/** The session of a handler whose auth level guarantees one. */
export function sessionOf(ctx: HandlerContext): Session {
  if (!ctx.session) throw new Error('handler reached without a session');
  return ctx.session;
}
