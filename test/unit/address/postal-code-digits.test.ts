// What counts as a typed postal code: the renderer looks an address up only once the field holds
// one, and main's contract applies the same rule to the channel's input.
import { describe, expect, it } from 'vitest';
import { addressText, postalCodeDigits } from '../../../src-shared/contract/address';
import { contract } from '../../../src-shared/contract';

describe('postalCodeDigits', () => {
  it('reads 7 half-width digits, with or without a hyphen or 〒', () => {
    expect(postalCodeDigits('1000001')).toBe('1000001');
    expect(postalCodeDigits('100-0001')).toBe('1000001');
    expect(postalCodeDigits('〒100-0001')).toBe('1000001');
    expect(postalCodeDigits(' 100 0001 ')).toBe('1000001');
  });

  it('reads full-width digits and the hyphens a Japanese IME types', () => {
    expect(postalCodeDigits('１００－０００１')).toBe('1000001');
    expect(postalCodeDigits('９３９ー０２９４')).toBe('9390294');
    expect(postalCodeDigits('〒４９８‐００００')).toBe('4980000');
    expect(postalCodeDigits('498−0000')).toBe('4980000');
  });

  it('is null until there are exactly 7 digits, and for anything else', () => {
    for (const typed of ['', '100', '100-000', '10000011', '100-00011', 'abc-defg', '100_0001', '１００－０００']) {
      expect(postalCodeDigits(typed), typed).toBeNull();
    }
  });

  it('is the rule of the channel input too', () => {
    const input = contract['address.lookup'].input;
    expect(input.parse({ code: '１００－０００１' })).toEqual({ code: '1000001' });
    expect(input.safeParse({ code: '100-000' }).success).toBe(false);
    expect(input.safeParse({ code: '1000001', extra: 1 }).success).toBe(false);
  });

  it('writes a place as on an envelope', () => {
    expect(addressText({ prefecture: '東京都', city: '千代田区', town: '千代田' })).toBe('東京都千代田区千代田');
    expect(addressText({ prefecture: '富山県', city: '射水市', town: '' })).toBe('富山県射水市');
  });
});
