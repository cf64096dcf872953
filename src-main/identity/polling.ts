// When to ask the token endpoint again while the citizen approves on their phone (RFC 8628 §3.5).
// Pure: the device-flow client feeds in what the last poll answered and gets back how long to wait,
// or that polling is over and why. Time is passed in, so the rules are tested without waiting.

/** RFC 8628 §3.5: without an `interval` from the server, clients wait 5 seconds. */
export const DEFAULT_INTERVAL_SECONDS = 5;
/** RFC 8628 §3.5: `slow_down` adds 5 seconds to this and every later poll. */
export const SLOW_DOWN_STEP_SECONDS = 5;
/** Consecutive failed requests (no answer, 5xx) before the kiosk says the provider is unavailable. */
export const MAX_NETWORK_FAILURES = 4;
/** The longest back-off between attempts after network failures. */
export const MAX_BACKOFF_SECONDS = 60;

export interface PollState {
  intervalSeconds: number;
  networkFailures: number;
  /** Epoch ms after which the device code is no longer worth polling for. */
  expiresAt: number;
}

/** What one poll of the token endpoint came back with. */
export type PollAnswer =
  | 'approved'
  | 'authorization_pending'
  | 'slow_down'
  | 'expired_token'
  | 'access_denied'
  /** No answer, a timeout or a 5xx: the provider may be back in a moment. */
  | 'network_error'
  /** Any other OAuth error (invalid_client, invalid_grant …): retrying cannot help. */
  | 'rejected';

export type PollEnd = 'approved' | 'expired' | 'denied' | 'unavailable';

export type PollStep = { kind: 'wait'; seconds: number; state: PollState } | { kind: 'stop'; end: PollEnd };

export function initialPollState(expiresAt: number, serverInterval?: number): PollState {
  const valid = serverInterval !== undefined && Number.isFinite(serverInterval) && serverInterval > 0;
  return { intervalSeconds: valid ? Math.ceil(serverInterval) : DEFAULT_INTERVAL_SECONDS, networkFailures: 0, expiresAt };
}

/** The wait before the very first poll: the citizen cannot have approved in less than an interval. */
export function firstStep(state: PollState, now: number): PollStep {
  return waitOrExpire(state, state.intervalSeconds, now);
}

function waitOrExpire(state: PollState, seconds: number, now: number): PollStep {
  // A poll after the device code has expired could only answer expired_token.
  if (now + seconds * 1000 > state.expiresAt) return { kind: 'stop', end: 'expired' };
  return { kind: 'wait', seconds, state };
}

export function nextStep(state: PollState, answer: PollAnswer, now: number): PollStep {
  switch (answer) {
    case 'approved':
      return { kind: 'stop', end: 'approved' };
    case 'access_denied':
      return { kind: 'stop', end: 'denied' };
    case 'expired_token':
      return { kind: 'stop', end: 'expired' };
    case 'rejected':
      return { kind: 'stop', end: 'unavailable' };
    case 'authorization_pending': {
      const next = { ...state, networkFailures: 0 };
      return waitOrExpire(next, next.intervalSeconds, now);
    }
    case 'slow_down': {
      const next = { ...state, networkFailures: 0, intervalSeconds: state.intervalSeconds + SLOW_DOWN_STEP_SECONDS };
      return waitOrExpire(next, next.intervalSeconds, now);
    }
    case 'network_error': {
      const networkFailures = state.networkFailures + 1;
      if (networkFailures >= MAX_NETWORK_FAILURES) return { kind: 'stop', end: 'unavailable' };
      // Doubling from the interval: a provider that is restarting is not hammered by every kiosk.
      const seconds = Math.min(state.intervalSeconds * 2 ** networkFailures, MAX_BACKOFF_SECONDS);
      return waitOrExpire({ ...state, networkFailures }, seconds, now);
    }
  }
}
