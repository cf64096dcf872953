// The pool's rules with stand-in connections: reuse, the size cap, back-off after failed connects.
import { describe, expect, it, vi } from 'vitest';
import type { Sip2Connection } from '../../../src-main/library-system/sip2/connection';
import { Sip2Error } from '../../../src-main/library-system/sip2/errors';
import { Sip2Pool } from '../../../src-main/library-system/sip2/pool';

function fakeConnection(id: string): Sip2Connection {
  let closed = false;
  return {
    id,
    get closed() {
      return closed;
    },
    close: () => {
      closed = true;
    },
    exchange: async () => ({ type: '98' }),
  } as unknown as Sip2Connection;
}

function pool(open: (id: string) => Promise<Sip2Connection>, now: { t: number }, size = 2) {
  return new Sip2Pool({ size, timeoutMs: 1000, statusEveryMs: 60_000, backoff: { initialMs: 1000, maxMs: 4000 }, open, now: () => now.t });
}

describe('SIP2 pool', () => {
  it('reuses an idle connection and never opens more than its size', async () => {
    const now = { t: 0 };
    const opened: string[] = [];
    const p = pool(async (id) => {
      opened.push(id);
      return fakeConnection(id);
    }, now);
    await p.run(async () => undefined);
    await p.run(async () => undefined);
    expect(opened).toEqual(['sip2#1']);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const held = [p.run(() => gate), p.run(() => gate), p.run(async (c) => c.id)];
    await new Promise((r) => setTimeout(r, 10));
    expect(opened).toHaveLength(2);
    release();
    await Promise.all(held);
    expect(p.size).toBe(2);
    await p.close();
  });

  it('backs off after a failed connect, doubling up to the maximum, and forgets after a success', async () => {
    const now = { t: 0 };
    let up = false;
    let attempts = 0;
    const p = pool(async (id) => {
      attempts++;
      if (!up) throw new Sip2Error('unavailable', 'cannot connect (ECONNREFUSED)');
      return fakeConnection(id);
    }, now);
    const reason = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: Sip2Error) => e.detail);
    expect(await reason(p.run(async () => undefined))).toMatch(/ECONNREFUSED/);
    expect(await reason(p.run(async () => undefined))).toMatch(/not retrying/);
    expect(attempts).toBe(1);
    now.t = 1000; // first delay: 1 s
    await reason(p.run(async () => undefined));
    now.t = 2999; // second delay: 2 s
    expect(await reason(p.run(async () => undefined))).toMatch(/not retrying/);
    now.t = 3000;
    await reason(p.run(async () => undefined));
    expect(attempts).toBe(3);
    now.t = 100_000;
    up = true;
    expect(await reason(p.run(async () => undefined))).toBe('ok');
    await p.close();
  });

  it('drops a connection that ended during use and opens a fresh one next time', async () => {
    const now = { t: 0 };
    const opened: string[] = [];
    const p = pool(async (id) => {
      opened.push(id);
      return fakeConnection(id);
    }, now);
    await p.run(async (c) => c.close());
    expect(p.size).toBe(0);
    await p.run(async () => undefined);
    expect(opened).toEqual(['sip2#1', 'sip2#2']);
    await p.close();
  });

  it('sends SC status statusEveryMs after the last use, never while in use, and again after each status', async () => {
    vi.useFakeTimers();
    try {
      const sent: string[] = [];
      const connection = fakeConnection('sip2#1');
      (connection as unknown as { exchange: Sip2Connection['exchange'] }).exchange = async (request) => {
        sent.push(request.text.slice(0, 2));
        return { type: '98' } as never;
      };
      const p = new Sip2Pool({ size: 1, timeoutMs: 1000, statusEveryMs: 100, backoff: { initialMs: 1000, maxMs: 4000 }, open: async () => connection });
      await p.run(async () => undefined);
      await vi.advanceTimersByTimeAsync(60);
      await p.run(async () => undefined); // used again at 60 ms: the idle clock starts over
      await vi.advanceTimersByTimeAsync(90);
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(10); // 100 ms after the last use
      expect(sent).toEqual(['99']);
      // A request that holds the connection past the due time: no status meanwhile …
      let release!: () => void;
      const held = p.run(() => new Promise<void>((r) => (release = r)));
      await vi.advanceTimersByTimeAsync(250);
      expect(sent).toEqual(['99']);
      release();
      await held;
      // … and one statusEveryMs after it is back.
      await vi.advanceTimersByTimeAsync(99);
      expect(sent).toEqual(['99']);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toEqual(['99', '99']);
      await p.close();
      await vi.advanceTimersByTimeAsync(500);
      expect(sent).toEqual(['99', '99']);
    } finally {
      vi.useRealTimers();
    }
  });
});
