import { describe, expect, it } from 'vitest';
import { cardNumber, email, otp, OTP_ALPHABET, phone, postalCode, staffPin, text, userKey, optional } from '../../../src-shared/fields';
import { validate } from '../../../src-shared/validation';

describe('field rules', () => {
  it('library card: 13 digits, full-width folded, separators dropped', () => {
    expect(validate(cardNumber, '１２３４５６７８９０１２３')).toEqual({ ok: true, value: '1234567890123' });
    expect(validate(cardNumber, '1234-5678-90123')).toEqual({ ok: true, value: '1234567890123' });
    expect(validate(cardNumber, '123456789012')).toEqual({ ok: false, fields: { '': 'format' } });
    expect(validate(cardNumber, '')).toEqual({ ok: false, fields: { '': 'required' } });
    expect(validate(cardNumber, undefined)).toEqual({ ok: false, fields: { '': 'required' } });
  });

  it('利用者キー: 4 letters + 5 digits, case and width folded', () => {
    expect(validate(userKey, 'ＡＢＣＤ１２３４５')).toEqual({ ok: true, value: 'abcd12345' });
    expect(validate(userKey, 'abc123456').ok).toBe(false);
    expect(validate(userKey, 'abcd1234').ok).toBe(false);
  });

  it('OTP: 8 letters or digits, case kept', () => {
    expect(validate(otp, 'Ab3dEf7H')).toEqual({ ok: true, value: 'Ab3dEf7H' });
    expect(validate(otp, 'Ａｂ３ｄＥｆ７Ｈ')).toEqual({ ok: true, value: 'Ab3dEf7H' });
    expect(validate(otp, 'Ab3dEf7').ok).toBe(false);
    expect(validate(otp, 'Ab3dEf7!').ok).toBe(false);
  });

  it('the OTP alphabet has no look-alikes', () => {
    for (const c of '0Oo1lI') expect(OTP_ALPHABET).not.toContain(c);
    expect(new Set(OTP_ALPHABET).size).toBe(OTP_ALPHABET.length);
  });

  it('staff PIN: 4–12 half-width printable characters', () => {
    expect(validate(staffPin, 'a1!x')).toEqual({ ok: true, value: 'a1!x' });
    expect(validate(staffPin, 'ａ１！ｘ')).toEqual({ ok: true, value: 'a1!x' });
    expect(validate(staffPin, 'abc')).toEqual({ ok: false, fields: { '': 'too_short' } });
    expect(validate(staffPin, 'abcdefghijklm')).toEqual({ ok: false, fields: { '': 'too_long' } });
    expect(validate(staffPin, 'ab cd')).toEqual({ ok: false, fields: { '': 'format' } });
    expect(validate(staffPin, 'あいうえ')).toEqual({ ok: false, fields: { '': 'format' } });
  });

  it('phone: hyphens and full width removed, 10–11 digits', () => {
    expect(validate(phone, '０７６６－５１－６６００')).toEqual({ ok: true, value: '0766516600' });
    expect(validate(phone, '090-1234-5678')).toEqual({ ok: true, value: '09012345678' });
    expect(validate(phone, '12345').ok).toBe(false);
  });

  it('postal code: 〒 and hyphen allowed, 7 digits', () => {
    expect(validate(postalCode, '〒９３９－０２９４')).toEqual({ ok: true, value: '9390294' });
    expect(validate(postalCode, '939-02').ok).toBe(false);
  });

  it('e-mail: full-width ＠ folded, format checked', () => {
    expect(validate(email, 'ｔａｒｏ＠example.jp')).toEqual({ ok: true, value: 'taro@example.jp' });
    expect(validate(email, 'taro@')).toEqual({ ok: false, fields: { '': 'format' } });
  });

  it('optional fields: blank or absent is null, anything else must pass', () => {
    const field = optional(postalCode);
    expect(validate(field, '')).toEqual({ ok: true, value: null });
    expect(validate(field, undefined)).toEqual({ ok: true, value: null });
    expect(validate(field, null)).toEqual({ ok: true, value: null });
    expect(validate(field, '123-4567')).toEqual({ ok: true, value: '1234567' });
    expect(validate(field, '12').ok).toBe(false);
  });

  it('text: trimmed, required, bounded', () => {
    expect(validate(text(5), '  山田  ')).toEqual({ ok: true, value: '山田' });
    expect(validate(text(5), '   ')).toEqual({ ok: false, fields: { '': 'required' } });
    expect(validate(text(5), '山田太郎です')).toEqual({ ok: false, fields: { '': 'too_long' } });
    expect(validate(text(5), 'x'.repeat(5000))).toEqual({ ok: false, fields: { '': 'too_long' } });
  });
});
