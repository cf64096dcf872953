// The renderer's only way to main: a typed client over window.madoguchi (the preload in Electron,
// the Playwright binding in tests). Channel names, inputs and outputs come from src-shared/contract,
// so a wrong call is a compile error here rather than an invalid_input at run time.
import type { ChannelInput, ChannelName, ChannelOutput } from '../src-shared/contract';
import type { MadoguchiBridge } from '../src-shared/bridge-api';
import type { Result } from '../src-shared/errors';
import { startThrottleWait } from './forms/throttle-wait';

declare global {
  interface Window {
    madoguchi?: MadoguchiBridge;
  }
}

type ExpiredListener = () => void;
const expiredListeners = new Set<ExpiredListener>();

/**
 * Called whenever any answer says session_expired, wherever it came from, so the shell can take
 * the terminal home however deep the screen was. Returns the unsubscribe function.
 */
export function onSessionExpired(listener: ExpiredListener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  let result: Result<unknown>;
  try {
    const bridge = window.madoguchi;
    if (!bridge) return { ok: false, error: { code: 'internal' } };
    result = await bridge.invoke(channel, input);
  } catch {
    // A broken transport says nothing useful to a citizen; main logs its own side.
    return { ok: false, error: { code: 'internal' } };
  }
  if (!result.ok && result.error.code === 'session_expired') {
    for (const listener of [...expiredListeners]) listener();
  }
  // Whichever screen asked, the terminal now waits: every screen shows the same countdown.
  if (!result.ok && result.error.code === 'throttled') startThrottleWait(result.error.retryAfterSeconds ?? 1);
  // The router validated the output against the same contract before sending it.
  return result as Result<ChannelOutput<C>>;
}
