// The renderer's bridge client: answers pass through, a broken transport becomes `internal`, and a
// session_expired answer from any channel tells the shell to go home.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/errors';
import { invoke, onSessionExpired } from '../../../src-renderer/bridge';
import { throttleSecondsLeft } from '../../../src-renderer/forms/throttle-wait';

function withBridge(answer: (channel: string, input: unknown) => Promise<Result<unknown>>): void {
  vi.stubGlobal('window', { madoguchi: { invoke: answer } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('invoke', () => {
  it('sends the channel and input and returns the answer as it came', async () => {
    const calls: unknown[] = [];
    withBridge(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, data: null };
    });
    await expect(invoke('session.end', { reason: 'logout' })).resolves.toEqual({ ok: true, data: null });
    expect(calls).toEqual([['session.end', { reason: 'logout' }]]);
  });

  it('turns a rejected transport into internal, without its message', async () => {
    withBridge(() => Promise.reject(new Error('socket closed at /home/user/secret')));
    await expect(invoke('session.current', {})).resolves.toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('answers internal when there is no bridge at all', async () => {
    vi.stubGlobal('window', {});
    await expect(invoke('session.current', {})).resolves.toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('tells every listener when a session expired, and stops after unsubscribing', async () => {
    withBridge(async () => ({ ok: false, error: { code: 'session_expired' } }));
    const heard = vi.fn();
    const stop = onSessionExpired(heard);
    await invoke('session.touch', {});
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await invoke('session.touch', {});
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('does not call the listeners for other errors', async () => {
    withBridge(async () => ({ ok: false, error: { code: 'login_failed' } }));
    const heard = vi.fn();
    const stop = onSessionExpired(heard);
    await invoke('session.touch', {});
    stop();
    expect(heard).not.toHaveBeenCalled();
  });

  it('starts the terminal countdown from a throttled answer of any channel, and passes the answer on', async () => {
    vi.useFakeTimers();
    try {
      const answer = { ok: false, error: { code: 'throttled', retryAfterSeconds: 30 } } as const;
      withBridge(async () => answer);
      await expect(invoke('library.login', { cardNumber: '1234567890123', password: 'x' })).resolves.toEqual(answer);
      expect(throttleSecondsLeft.value).toBe(30);
      vi.advanceTimersByTime(29_000);
      expect(throttleSecondsLeft.value).toBe(1);
      vi.advanceTimersByTime(1_000);
      expect(throttleSecondsLeft.value).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
