import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTERVAL_SECONDS,
  firstStep,
  initialPollState,
  MAX_BACKOFF_SECONDS,
  MAX_NETWORK_FAILURES,
  nextStep,
  type PollAnswer,
  type PollState,
  type PollStep,
} from '../../../src-main/identity/polling';

const NOW = 1_000_000;
const TEN_MINUTES = 600_000;

/** Feeds answers in order (time standing still) and lists the waits, then how it ended. */
function run(state: PollState, answers: PollAnswer[]): { waits: number[]; end: string | null } {
  const waits: number[] = [];
  let step: PollStep = firstStep(state, NOW);
  for (const answer of answers) {
    if (step.kind === 'stop') break;
    waits.push(step.seconds);
    step = nextStep(step.state, answer, NOW);
  }
  if (step.kind === 'wait') waits.push(step.seconds);
  return { waits, end: step.kind === 'stop' ? step.end : null };
}

describe('device-flow polling rules (RFC 8628 §3.5)', () => {
  it("waits the server's interval, or 5 seconds when it sends none", () => {
    expect(initialPollState(NOW + TEN_MINUTES, 3).intervalSeconds).toBe(3);
    expect(initialPollState(NOW + TEN_MINUTES).intervalSeconds).toBe(DEFAULT_INTERVAL_SECONDS);
    expect(initialPollState(NOW + TEN_MINUTES, 0).intervalSeconds).toBe(DEFAULT_INTERVAL_SECONDS);
    expect(initialPollState(NOW + TEN_MINUTES, Number.NaN).intervalSeconds).toBe(DEFAULT_INTERVAL_SECONDS);
    expect(firstStep(initialPollState(NOW + TEN_MINUTES), NOW)).toMatchObject({ kind: 'wait', seconds: 5 });
  });

  it('keeps waiting the same interval while authorization is pending', () => {
    expect(run(initialPollState(NOW + TEN_MINUTES), ['authorization_pending', 'authorization_pending', 'authorization_pending'])).toEqual({
      waits: [5, 5, 5, 5],
      end: null,
    });
  });

  it('adds 5 seconds on slow_down, for that poll and every later one', () => {
    expect(run(initialPollState(NOW + TEN_MINUTES, 2), ['authorization_pending', 'slow_down', 'authorization_pending', 'slow_down', 'authorization_pending'])).toEqual({
      waits: [2, 2, 7, 7, 12, 12],
      end: null,
    });
  });

  it('stops on approval, denial, expiry and errors that retrying cannot fix', () => {
    const state = initialPollState(NOW + TEN_MINUTES);
    expect(nextStep(state, 'approved', NOW)).toEqual({ kind: 'stop', end: 'approved' });
    expect(nextStep(state, 'access_denied', NOW)).toEqual({ kind: 'stop', end: 'denied' });
    expect(nextStep(state, 'expired_token', NOW)).toEqual({ kind: 'stop', end: 'expired' });
    expect(nextStep(state, 'rejected', NOW)).toEqual({ kind: 'stop', end: 'unavailable' });
  });

  it('backs off after network failures, doubling up to a ceiling, then says unavailable', () => {
    const failures: PollAnswer[] = Array.from({ length: MAX_NETWORK_FAILURES }, () => 'network_error');
    const { waits, end } = run(initialPollState(NOW + 60 * TEN_MINUTES, 5), failures);
    expect(waits).toEqual([5, 10, 20, 40]);
    expect(end).toBe('unavailable');

    const slow = nextStep({ intervalSeconds: 40, networkFailures: 1, expiresAt: NOW + 60 * TEN_MINUTES }, 'network_error', NOW);
    expect(slow).toMatchObject({ kind: 'wait', seconds: MAX_BACKOFF_SECONDS });
  });

  it('forgives network failures once the server answers again', () => {
    const { waits, end } = run(initialPollState(NOW + TEN_MINUTES, 5), ['network_error', 'network_error', 'authorization_pending', 'network_error', 'approved']);
    expect(waits).toEqual([5, 10, 20, 5, 10]);
    expect(end).toBe('approved');
  });

  it('does not poll after the code has expired', () => {
    const state = initialPollState(NOW + 12_000, 5);
    expect(firstStep(state, NOW)).toMatchObject({ kind: 'wait', seconds: 5 });
    expect(nextStep(state, 'authorization_pending', NOW + 5_000)).toMatchObject({ kind: 'wait', seconds: 5 });
    expect(nextStep(state, 'authorization_pending', NOW + 8_000)).toEqual({ kind: 'stop', end: 'expired' });
    expect(nextStep(state, 'slow_down', NOW + 5_000)).toEqual({ kind: 'stop', end: 'expired' });
    expect(firstStep(initialPollState(NOW, 5), NOW)).toEqual({ kind: 'stop', end: 'expired' });
  });
});
