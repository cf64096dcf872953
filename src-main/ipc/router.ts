// The transport-agnostic IPC router. Electron's ipcMain, the Playwright harness and the benchmarks
// all call invoke(terminal, channel, rawInput); whatever arrives, it answers a Result and never
// throws: unknown channel, bad input, missing authority and domain errors become codes, and
// anything unexpected is logged here with its stack and leaves as { code: 'internal' }.
//
// The cheap refusals come first, so that a stranger's call costs as little as possible: the
// channel, the terminal's role, the caller's authority (one session read), the input's size, and
// only then the input's schema, which is the expensive part for a hostile input.
import { type AuthLevel, type ChannelDef, isCounterOnly } from '../../src-shared/contract/channel';
import { type ChannelName, type ChannelInput, type ChannelOutput, contract, isChannelName } from '../../src-shared/contract';
import { fail, type Result } from '../../src-shared/errors';
import { fieldErrorsOf } from '../../src-shared/validation';
import type { Session, Sessions } from '../auth/sessions';
import { DomainError } from '../domain-error';
import type { Logger } from '../log';
import { StoreError } from '../store/store';
import type { HandlerContext, Handlers } from './handler';
import { exceedsInputLimits, inputLimitsOf } from './input-budget';

/** The role of the machine the router serves (config `mode`): staff work exists only on a counter. */
export type TerminalRole = 'kiosk' | 'counter';

/** Longer names are no channel and no terminal id; refused before they are looked up or stored. */
const CHANNEL_NAME_MAX = 100;
const TERMINAL_ID_MAX = 200;

export function meetsAuth(level: AuthLevel, session: Session | undefined): boolean {
  if (level === 'public') return true;
  if (!session) return false;
  switch (level) {
    case 'citizen':
    case 'patron':
      return session.kind === level;
    case 'staff':
      return session.kind === 'staff';
    case 'admin':
      return session.kind === 'staff' && session.role === 'admin';
    default: {
      if (session.kind !== 'staff') return false;
      const permission = level.slice('staff:'.length);
      return session.role === 'admin' || (session.permissions as string[]).includes(permission);
    }
  }
}

export interface RouterOptions {
  handlers: Handlers;
  sessions: Sessions;
  log: Logger;
  /** On a kiosk every staff channel answers unauthorized without reading a session or the input. */
  role: TerminalRole;
}

export interface Router {
  /** The wire entry point: any channel name, any input. */
  invoke(terminal: string, channel: string, rawInput: unknown): Promise<Result<unknown>>;
  /** Typed convenience for tests and benchmarks. */
  call<C extends ChannelName>(terminal: string, channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  readonly channels: readonly ChannelName[];
}

export function createRouter({ handlers, sessions, log, role }: RouterOptions): Router {
  async function dispatch(terminal: string, channel: string, rawInput: unknown): Promise<Result<unknown>> {
    if (typeof terminal !== 'string' || terminal.length === 0 || terminal.length > TERMINAL_ID_MAX) return fail('unauthorized');
    if (typeof channel !== 'string' || channel.length > CHANNEL_NAME_MAX || !isChannelName(channel)) return fail('unknown_channel');
    const def: ChannelDef = contract[channel];
    if (role === 'kiosk' && isCounterOnly(def)) return fail('unauthorized');

    const { session, expired } = await sessions.current(terminal);
    if (!meetsAuth(def.auth, session)) return fail(expired ? 'session_expired' : 'unauthorized');
    if (session?.requiredAction && !def.duringRequiredAction) return fail('action_required');

    if (exceedsInputLimits(rawInput, inputLimitsOf(def))) return fail('invalid_input', { '': 'too_large' });
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return fail('invalid_input', fieldErrorsOf(parsed.error));
    if (session) await sessions.touch(terminal, session);

    const ctx: HandlerContext = {
      terminal,
      session,
      sessions,
      actor: { actor: session ? `${session.kind}:${session.loginId}` : 'terminal', terminal },
    };
    const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
    const data = await handler(parsed.data, ctx);
    const out = def.output.safeParse(data);
    if (!out.success) {
      // The output schema also strips fields a handler should not have sent (e.g. a hash).
      log.error('ipc.output_mismatch', out.error, { channel });
      return fail('internal');
    }
    return { ok: true, data: out.data };
  }

  return {
    channels: Object.keys(contract) as ChannelName[],
    async invoke(terminal, channel, rawInput) {
      try {
        return await dispatch(terminal, channel, rawInput);
      } catch (error) {
        if (error instanceof DomainError) return { ok: false, error: error.toAppError() };
        const name = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
        if (error instanceof StoreError && error.reason === 'unavailable') {
          // An outage, not a bug: one line per call, without a stack, and the screen says so.
          log.error('ipc.store_unavailable', undefined, { channel: name, message: error.message });
          return fail('store_unavailable');
        }
        log.error('ipc.unexpected', error, { channel: name });
        return fail('internal');
      }
    },
    call(terminal, channel, input) {
      return this.invoke(terminal, channel, input) as never;
    },
  };
}
