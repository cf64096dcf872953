// PIN rules of seed 003 as both the form and main apply them, and the kana folding of staff names.
import { describe, expect, it } from 'vitest';
import { accidentReason, staffId, staffNameKana } from '../../../src-shared/contract/staff';
import { searchKana, toHalfWidthKana } from '../../../src-shared/kana';
import { isTrivialPin, pinPairProblems, pinPairSchema } from '../../../src-shared/staff-pin';
import { validate } from '../../../src-shared/validation';

describe('isTrivialPin', () => {
  it.each(['1111', 'aaaa', 'ZZZZZZ', '1234', '4321', '2345678', '7890', '8901', '0987', 'abcd', 'dcba', 'ABCDE', 'wxyz', '１２３４'])('refuses %s', (pin) => {
    expect(isTrivialPin(pin)).toBe(true);
  });
  it.each(['1357', 'kanri2468', 'a1b2', '1243', 'abce', 'S0002', 'zyxa'])('accepts %s', (pin) => {
    expect(isTrivialPin(pin)).toBe(false);
  });
  it('refuses the staff ID in any case or width', () => {
    expect(isTrivialPin('s0001', 'S0001')).toBe(true);
    expect(isTrivialPin('Ｓ０００１', 'S0001')).toBe(true);
    expect(isTrivialPin('S0001', 'S0002')).toBe(false);
  });
});

describe('pin pair', () => {
  const pair = { pin: 'kanri2468', pinAgain: 'kanri2468', confirmPin: 'kakunin1357', confirmPinAgain: 'kakunin1357' };

  it('accepts two different PINs typed twice', () => {
    expect(pinPairProblems(pair, 'A0001')).toEqual({});
    expect(validate(pinPairSchema, pair)).toEqual({ ok: true, value: pair });
  });

  it('names each problem on its own field', () => {
    expect(pinPairProblems({ ...pair, pinAgain: 'kanri2469' })).toEqual({ pinAgain: 'mismatch' });
    expect(pinPairProblems({ ...pair, confirmPinAgain: 'x' })).toEqual({ confirmPinAgain: 'mismatch' });
    expect(pinPairProblems({ ...pair, confirmPin: 'kanri2468', confirmPinAgain: 'kanri2468' })).toEqual({ confirmPin: 'same_as_other' });
    expect(pinPairProblems({ ...pair, pin: '1234', pinAgain: '1234' })).toEqual({ pin: 'too_simple' });
    expect(pinPairProblems({ ...pair, pin: 'a0001', pinAgain: 'a0001' }, 'A0001')).toEqual({ pin: 'too_simple' });
  });

  it('applies the 4–12 half-width rule to each PIN before the pair rules', () => {
    expect(validate(pinPairSchema, { ...pair, pin: 'abc', pinAgain: 'abc' })).toEqual({ ok: false, fields: { pin: 'too_short' } });
    expect(validate(pinPairSchema, { ...pair, pin: 'a'.repeat(13), pinAgain: 'a'.repeat(13) })).toEqual({ ok: false, fields: { pin: 'too_long' } });
    expect(validate(pinPairSchema, { ...pair, confirmPin: 'あいうえ', confirmPinAgain: 'あいうえ' })).toEqual({ ok: false, fields: { confirmPin: 'format' } });
    expect(validate(pinPairSchema, { ...pair, pinAgain: '' })).toEqual({ ok: false, fields: { pinAgain: 'required' } });
    // Full-width input from an IME is the same PIN.
    expect(validate(pinPairSchema, { ...pair, pinAgain: 'ｋａｎｒｉ２４６８' }).ok).toBe(true);
  });
});

describe('staff fields', () => {
  it('folds 利用者名 to half-width kana from hiragana, katakana or half-width', () => {
    expect(toHalfWidthKana('しんきん たろう')).toBe('ｼﾝｷﾝ ﾀﾛｳ');
    expect(toHalfWidthKana('ガッコウ')).toBe('ｶﾞｯｺｳ');
    expect(toHalfWidthKana('パーク')).toBe('ﾊﾟｰｸ');
    expect(toHalfWidthKana('ｼﾝｼﾞﾝｸﾞｲﾝ')).toBe('ｼﾝｼﾞﾝｸﾞｲﾝ');
    expect(toHalfWidthKana('ヴ')).toBe('ｳﾞ');
    expect(toHalfWidthKana('太郎')).toBeNull();
    expect(searchKana('ｼﾝｷﾝ')).toBe('シンキン');
    expect(searchKana('しんきん')).toBe('シンキン');
  });

  it('checks 利用者名(半角カナ) ≤ 48 after folding, 事故登録理由 ≤ 20, 利用者ID format', () => {
    expect(validate(staffNameKana, 'ｱ'.repeat(48)).ok).toBe(true);
    expect(validate(staffNameKana, 'ガ'.repeat(25))).toEqual({ ok: false, fields: { '': 'too_long' } });
    expect(validate(staffNameKana, '漢字')).toEqual({ ok: false, fields: { '': 'format' } });
    expect(validate(staffNameKana, '  ')).toEqual({ ok: false, fields: { '': 'required' } });
    expect(validate(accidentReason, 'あ'.repeat(20)).ok).toBe(true);
    expect(validate(accidentReason, 'あ'.repeat(21))).toEqual({ ok: false, fields: { '': 'too_long' } });
    expect(validate(staffId, 'ｓ０００１')).toEqual({ ok: true, value: 'S0001' });
    expect(validate(staffId, 'X0001').ok).toBe(false);
  });
});
