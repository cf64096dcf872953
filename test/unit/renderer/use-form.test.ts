// useForm checks with the shared zod rules before sending and puts the server's field codes under
// the same inputs.
import { nextTick } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { cardNumber, email } from '../../../src-shared/fields';
import { throttleSecondsLeft } from '../../../src-renderer/forms/throttle-wait';
import { useForm } from '../../../src-renderer/forms/use-form';

const schema = z.object({ card: cardNumber, mail: email });

beforeEach(() => {
  // The form focuses the first invalid input; there is no DOM here, only that one call.
  vi.stubGlobal('document', { querySelector: () => null });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useForm', () => {
  it('shows the shared field rules without sending anything', async () => {
    const form = useForm(schema, { card: '123', mail: '' });
    const send = vi.fn();
    await expect(form.submit(send)).resolves.toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(form.errors).toEqual({ card: 'format', mail: 'required' });
    expect(form.formError).toBe('invalid_input');
    await nextTick();
  });

  it('sends the normalised value (NFKC, no hyphens) and returns the data', async () => {
    const form = useForm(schema, { card: '１２３４-５６７８９０１２３', mail: 'ｈａｎａ＠example.jp' });
    const send = vi.fn(async (value: z.output<typeof schema>) => ({ ok: true as const, data: value.card }));
    await expect(form.submit(send)).resolves.toBe('1234567890123');
    expect(send).toHaveBeenCalledWith({ card: '1234567890123', mail: 'hana@example.jp' });
    expect(form.errors).toEqual({});
    expect(form.formError).toBeNull();
    expect(form.busy).toBe(false);
  });

  it("puts the server's field codes under the matching inputs and keeps the banner code", async () => {
    const form = useForm(schema, { card: '1234567890123', mail: 'hana@example.jp' });
    await form.submit(async () => ({ ok: false, error: { code: 'invalid_input', fields: { mail: 'needs_pc_address', other: 'format' } } }));
    expect(form.errors).toEqual({ mail: 'needs_pc_address' });
    expect(form.formError).toBe('invalid_input');
    await nextTick();
  });

  it('shows a plain error code as the banner only', async () => {
    const form = useForm(schema, { card: '1234567890123', mail: 'hana@example.jp' });
    await form.submit(async () => ({ ok: false, error: { code: 'login_failed' } }));
    expect(form.formError).toBe('login_failed');
    expect(form.errors).toEqual({});
  });

  it('ignores a second submit while the first is on its way', async () => {
    const form = useForm(schema, { card: '1234567890123', mail: 'hana@example.jp' });
    let release: () => void = () => undefined;
    const send = vi.fn(() => new Promise<{ ok: true; data: null }>((done) => (release = () => done({ ok: true, data: null }))));
    const first = form.submit(send);
    expect(form.busy).toBe(true);
    await expect(form.submit(send)).resolves.toBeNull();
    release();
    await first;
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('after throttled, stays busy while the terminal counts down, then clears the banner and sends again', async () => {
    vi.useFakeTimers();
    try {
      const form = useForm(schema, { card: '1234567890123', mail: 'hana@example.jp' });
      const send = vi.fn(async () => ({ ok: false as const, error: { code: 'throttled' as const, retryAfterSeconds: 12 } }));
      await form.submit(send);
      expect(form.formError).toBe('throttled');
      expect(throttleSecondsLeft.value).toBe(12);
      expect(form.busy).toBe(true);
      await expect(form.submit(send)).resolves.toBeNull();
      expect(send).toHaveBeenCalledTimes(1);

      vi.advanceTimersByTime(5_000);
      expect(throttleSecondsLeft.value).toBe(7);
      expect(form.busy).toBe(true);
      vi.advanceTimersByTime(7_000);
      expect(throttleSecondsLeft.value).toBe(0);
      await nextTick();
      expect(form.busy).toBe(false);
      expect(form.formError).toBeNull();
      await expect(form.submit(async () => ({ ok: true as const, data: 'in' }))).resolves.toBe('in');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reset() brings back the initial values and clears the errors', async () => {
    const form = useForm(schema, { card: '', mail: '' });
    form.values.card = '99';
    form.check();
    form.reset();
    expect(form.values).toEqual({ card: '', mail: '' });
    expect(form.errors).toEqual({});
    await nextTick();
  });
});
