// Property test of the IPC boundary: whatever arrives, the router answers a Result, never throws,
// never hangs, and answers invalid_input for every input the channel's schema (or the size cap)
// rejects. The authority check comes before the input's, so each channel is tried by a caller who
// meets its auth level (and, for the others, by a stranger, who is refused whatever they send).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SessionStart } from '../../../src-main/auth/sessions';
import { DEMO_CITIZEN } from '../../../src-main/citizen';
import { exceedsInputLimits } from '../../../src-main/ipc/input-budget';
import { DEMO_PATRON } from '../../../src-main/library';
import { DEMO_STAFF } from '../../../src-main/staff';
import { contract, type ChannelName, permissions } from '../../../src-shared/contract';
import { errorCodes } from '../../../src-shared/errors';
import { tempApp, type TempApp } from '../../fixtures/temp-app';

// 3,000 per channel in `npm test` (about 100 channels: some 500,000 calls, ~100 s); the suite had
// grown to 5 minutes at 10,000, a third of CI's budget. FUZZ_RUNS=10000 for a deeper run.
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 3_000);
const TIMEOUT_MS = 5_000;

let t: TempApp;
/** Who calls a channel of each auth level: an administrator holds every staff level. */
const callers: Partial<Record<'citizen' | 'patron' | 'staff', SessionStart>> = {};
beforeAll(async () => {
  // A counter (staff channels answer) with the demo accounts to be logged in as.
  t = await tempApp({ mode: 'counter', demoData: true, citizen: { evenAnswerMs: 0 } });
  const { accounts } = t.app.services;
  const account = async (kind: 'citizen' | 'patron' | 'staff', loginId: string) => {
    const found = await accounts.findByLogin(kind, loginId);
    if (!found) throw new Error(`demo ${kind} ${loginId} missing`);
    return { accountId: found.id, kind, loginId, displayName: found.displayName, requiredAction: null };
  };
  callers.citizen = { ...(await account('citizen', DEMO_CITIZEN.userKey)), role: null, permissions: [] };
  callers.patron = { ...(await account('patron', DEMO_PATRON.cardNumber)), role: null, permissions: [] };
  callers.staff = { ...(await account('staff', DEMO_STAFF.admin.staffId)), role: 'admin', permissions: [...permissions] };
}, 60_000);
afterAll(() => t.close());

/** The terminal holds a session that meets the channel's level (a call may have ended the last one). */
async function meetLevel(terminal: string, channel: ChannelName): Promise<void> {
  const { auth } = contract[channel];
  if (auth === 'public') return;
  const kind = auth === 'citizen' || auth === 'patron' ? auth : 'staff';
  const caller = callers[kind];
  if (!caller) throw new Error(`no ${kind} caller`);
  const { sessions } = t.app.services;
  if ((await sessions.get(terminal))?.accountId === caller.accountId) return;
  await sessions.start(terminal, caller);
}

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

/**
 * The fields of a channel's input. With a caller who meets the channel's level the handler runs,
 * and may refuse an input its schema let through by a rule of its own (an opaque paging cursor, a
 * branch that is not configured, a PIN equal to the ID): then it names one of these fields.
 */
function inputFields(channel: ChannelName): string[] {
  const schema = contract[channel].input;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
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
          if (contract[channel].auth !== 'public') {
            expect(await invokeWithin(`stranger-${channel}`, channel, input)).toEqual({ ok: false, error: { code: 'unauthorized' } });
          }
          await meetLevel(`fuzz-${channel}`, channel);
          const result = await invokeWithin(`fuzz-${channel}`, channel, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(errorCodes).toContain(result.error.code);
          const accepted = !exceedsInputLimits(input) && schema.safeParse(input === undefined ? {} : input).success;
          if (!accepted) expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
          else if (!result.ok && result.error.code === 'invalid_input') {
            // Only a handler's own rule on a field of the input, as the schema let it through.
            const fields = Object.keys(result.error.fields ?? {});
            expect(fields.length).toBeGreaterThan(0);
            expect(fields.filter((f) => !inputFields(channel).includes(f.split('.')[0] ?? ''))).toEqual([]);
          }
          // Nothing about the failure's internals crosses the boundary.
          expect(JSON.stringify(result)).not.toMatch(/at .+\.ts:\d+|Error:/);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
      expect(t.logs.filter((e) => e.event === 'ipc.unexpected')).toEqual([]);
    }, 300_000);
  }
});
