// The 〒 field's lookup: when it asks main, what it writes into the 住所 field, and what it leaves
// alone (a saved address, a newer code's answer, an unknown code).
import { ref } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PostalResult } from '../../../src-shared/contract/address';
import type { Result } from '../../../src-shared/errors';
import { fillAddress, usePostalAddress } from '../../../src-renderer/forms/use-postal-address';

const ANSWERS: Record<string, PostalResult> = {
  '1000001': { found: true, code: '1000001', candidates: [{ prefecture: '東京都', city: '千代田区', town: '千代田' }] },
  '9390300': { found: true, code: '9390300', candidates: [{ prefecture: '富山県', city: '射水市', town: '' }] },
  '4980000': {
    found: true,
    code: '4980000',
    candidates: [
      { prefecture: '愛知県', city: '弥富市', town: '' },
      { prefecture: '三重県', city: '桑名郡木曽岬町', town: '' },
    ],
  },
  '0000000': { found: false, code: '0000000' },
};

let calls: string[] = [];

function withBridge(answer: (code: string) => Promise<Result<unknown>> = async (code) => ({ ok: true, data: ANSWERS[code] })): void {
  calls = [];
  vi.stubGlobal('window', {
    madoguchi: {
      invoke: (channel: string, input: { code: string }) => {
        calls.push(`${channel} ${input.code}`);
        return answer(input.code);
      },
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('usePostalAddress', () => {
  it('asks main only once 7 digits are typed, full-width and with a hyphen too, and fills the address', async () => {
    withBridge();
    const address = ref('');
    const lookup = usePostalAddress(address);
    for (const typed of ['１', '１０', '１００', '１００－', '１００－０', '１００－００', '１００－０００']) await lookup.typed(typed);
    expect(calls).toEqual([]);
    await lookup.typed('１００－０００１');
    expect(calls).toEqual(['address.lookup 1000001']);
    expect(address.value).toBe('東京都千代田区千代田');
    expect(lookup.state.value).toBe('filled');
  });

  it('lets the person add the 番地 and keeps it when the code changes', async () => {
    withBridge();
    const address = ref('');
    const lookup = usePostalAddress(address);
    await lookup.typed('9390300');
    expect(address.value).toBe('富山県射水市');
    address.value = '富山県射水市410-1';
    await lookup.typed('939030');
    await lookup.typed('1000001');
    expect(address.value).toBe('東京都千代田区千代田410-1');
  });

  it('offers the places of a shared code and fills the one picked', async () => {
    withBridge();
    const address = ref('');
    const lookup = usePostalAddress(address);
    await lookup.typed('498-0000');
    expect(lookup.state.value).toBe('choose');
    expect(lookup.candidates.value.map((p) => p.city)).toEqual(['弥富市', '桑名郡木曽岬町']);
    expect(address.value).toBe('');
    lookup.choose(lookup.candidates.value[1] as (typeof lookup.candidates.value)[number]);
    expect(address.value).toBe('三重県桑名郡木曽岬町');
    expect(lookup.state.value).toBe('filled');
    expect(lookup.candidates.value).toEqual([]);
  });

  it('says an unknown code was not found and leaves the address as it is', async () => {
    withBridge();
    const address = ref('自分で書いた住所');
    const lookup = usePostalAddress(address);
    await lookup.typed('000-0000');
    expect(lookup.state.value).toBe('not_found');
    expect(lookup.code.value).toBe('0000000');
    expect(address.value).toBe('自分で書いた住所');
  });

  it('says so calmly when main cannot answer', async () => {
    withBridge(async () => ({ ok: false, error: { code: 'internal' } }));
    const address = ref('');
    const lookup = usePostalAddress(address);
    await lookup.typed('1000001');
    expect(lookup.state.value).toBe('failed');
    expect(address.value).toBe('');
  });

  it('lets only the newest code fill the address when answers come back out of order', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    withBridge(async (code) => {
      if (code === '9390300') await slow;
      return { ok: true, data: ANSWERS[code] };
    });
    const address = ref('');
    const lookup = usePostalAddress(address);
    const first = lookup.typed('9390300');
    await lookup.typed('1000001');
    release();
    await first;
    expect(address.value).toBe('東京都千代田区千代田');
  });

  it('leaves an address the person wrote while main was answering', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    withBridge(async (code) => {
      await slow;
      return { ok: true, data: ANSWERS[code] };
    });
    const address = ref('');
    const lookup = usePostalAddress(address);
    const pending = lookup.typed('1000001');
    address.value = '東京都千代田区千代田1-1';
    release();
    await pending;
    expect(address.value).toBe('東京都千代田区千代田1-1');
    expect(lookup.state.value).toBe('idle');
  });

  it('does not ask again for the code it has just looked up', async () => {
    withBridge();
    const lookup = usePostalAddress(ref(''));
    await lookup.typed('1000001');
    await lookup.typed('100-0001');
    expect(calls).toEqual(['address.lookup 1000001']);
  });
});

describe('fillAddress', () => {
  it('fills an empty address', () => {
    expect(fillAddress('', '東京都千代田区千代田', '')).toBe('東京都千代田区千代田');
  });

  it('keeps a saved address that already starts with the place', () => {
    expect(fillAddress('富山県射水市本町1-2', '富山県射水市本町', '')).toBe('富山県射水市本町1-2');
  });

  it('replaces what it filled before and keeps what was typed after it', () => {
    expect(fillAddress('富山県射水市本町1-2', '東京都千代田区千代田', '富山県射水市本町')).toBe('東京都千代田区千代田1-2');
  });

  it("gives way when the address belongs to another code and wasn't filled here", () => {
    expect(fillAddress('大阪府大阪市北区梅田1-1', '東京都千代田区千代田', '')).toBe('東京都千代田区千代田');
  });
});
