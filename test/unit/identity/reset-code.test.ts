// パスワード再設定 codes (issue 13): one case, no look-alikes, and an input that forgives case,
// spaces and hyphens.
import { describe, expect, it } from 'vitest';
import { generateResetCode } from '../../../src-main/identity/reset-codes';
import { normalizeResetCode, RESET_CODE_ALPHABET, RESET_CODE_LENGTH, resetCode } from '../../../src-shared/identity/reset-code';

describe('reset code alphabet', () => {
  it('is upper case only, without 0/O, 1/I/l or L, and has no repeats', () => {
    expect(RESET_CODE_ALPHABET).toBe(RESET_CODE_ALPHABET.toUpperCase());
    expect(RESET_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    for (const lookAlike of ['0', 'O', '1', 'I', 'l', 'L']) expect(RESET_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(RESET_CODE_ALPHABET).size).toBe(RESET_CODE_ALPHABET.length);
    // Still strong enough for a code that is spent after a few wrong tries.
    expect(RESET_CODE_ALPHABET.length ** RESET_CODE_LENGTH).toBeGreaterThan(10 ** 11);
  });

  it('makes codes of 8 characters from that alphabet only', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateResetCode();
      expect(code).toHaveLength(RESET_CODE_LENGTH);
      for (const c of code) seen.add(c);
    }
    expect([...seen].every((c) => RESET_CODE_ALPHABET.includes(c))).toBe(true);
    // 16,000 draws reach every character of the alphabet.
    expect(seen.size).toBe(RESET_CODE_ALPHABET.length);
  });
});

describe('typed reset code', () => {
  it('reads lower case, spaces, hyphens and full-width characters as the stored code', () => {
    expect(normalizeResetCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeResetCode(' ab cd ef gh ')).toBe('ABCDEFGH');
    expect(normalizeResetCode('ＡＢＣＤ－２３４５')).toBe('ABCD2345');
    expect(normalizeResetCode('abcd\u3000efgh')).toBe('ABCDEFGH');
    expect(resetCode.parse('wxyz 2345')).toBe('WXYZ2345');
  });

  it('keeps the rule looser than the alphabet: a look-alike is a wrong code, not a form error', () => {
    expect(resetCode.parse('o0l1-iabc')).toBe('O0L1IABC');
    expect(resetCode.safeParse('').error?.issues[0]?.message).toBe('required');
    expect(resetCode.safeParse('abcd-efg').error?.issues[0]?.message).toBe('format');
    expect(resetCode.safeParse('abcd#efg').error?.issues[0]?.message).toBe('format');
  });
});
