// Property test of the IPC boundary: whatever arrives, the router answers a Result, never throws,
// never hangs, and answers invalid_input for every input the channel's schema rejects.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type ChannelName } from '../../../src-shared/contract';
import { errorCodes } from '../../../src-shared/errors';
import { tempApp, type TempApp } from '../../fixtures/temp-app';

const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 10_000);
const TIMEOUT_MS = 5_000;

let t: TempApp;
beforeAll(async () => {
  t = await tempApp();
});
afterAll(() => t.close());

/** Objects shaped like the channel's input (its keys, wrong or right values) to get past shallow checks. */
function shapedLike(channel: ChannelName): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  if (keys.length === 0) return fc.anything();
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.anything(), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
    fc.constantFrom('', ' ', '０１２３', 'abcd12345', '1234567890123', 'taro@example.jp', 'Ab3dEf7H', 'x'.repeat(3000)),
  );
  return fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), value, { maxKeys: keys.length + 2 });
}

async function invokeWithin(terminal: string, channel: string, input: unknown) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${channel} did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    return await Promise.race([t.app.router.invoke(terminal, channel, input), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('router under random input', () => {
  it('answers unknown_channel for any name not in the contract', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (name, input) => {
        fc.pre(!Object.prototype.hasOwnProperty.call(contract, name));
        const result = await invokeWithin('fuzz', name, input);
        expect(result).toEqual({ ok: false, error: { code: 'unknown_channel' } });
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses a missing terminal id', async () => {
    for (const terminal of ['', undefined, null, 42]) {
      const result = await t.app.router.invoke(terminal as string, 'session.current', {});
      expect(result).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  for (const channel of Object.keys(contract) as ChannelName[]) {
    it(`${channel}: never throws, never hangs, invalid_input exactly when the schema rejects`, async () => {
      const schema = contract[channel].input;
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true }), shapedLike(channel)), async (input) => {
          const result = await invokeWithin(`fuzz-${channel}`, channel, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(errorCodes).toContain(result.error.code);
          const accepted = schema.safeParse(input === undefined ? {} : input).success;
          if (!accepted) expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
          else if (!result.ok) expect(result.error.code).not.toBe('invalid_input');
          // Nothing about the failure's internals crosses the boundary.
          expect(JSON.stringify(result)).not.toMatch(/at .+\.ts:\d+|Error:/);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
      expect(t.logs.filter((e) => e.event === 'ipc.unexpected')).toEqual([]);
    }, 300_000);
  }
});
