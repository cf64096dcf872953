import { describe, expect, it } from 'vitest';
import { field, fieldValue, fixed, MAX_FIELD_CHARS } from '../../../src-main/library-system/sip2/field-value';

describe('SIP2 field values', () => {
  it('never lets CR, LF or | end a field or a message', () => {
    expect(field('AA', '123|AD0000')).toBe('AA123｜AD0000|');
    expect(fieldValue('a\rb\nc\u0000d\u007f')).toBe('a b c d ');
    expect(field('AF', '一行目\r\n二行目')).toBe('AF一行目  二行目|');
  });

  it('cuts a value at 255 characters (not bytes), never inside a character', () => {
    expect(Array.from(fieldValue('あ'.repeat(300)))).toHaveLength(MAX_FIELD_CHARS);
    const emoji = '𩸽'.repeat(300); // outside the BMP: two UTF-16 units each
    const cut = fieldValue(emoji);
    expect(Array.from(cut)).toHaveLength(MAX_FIELD_CHARS);
    expect(cut.endsWith('𩸽')).toBe(true);
    expect(fieldValue('x'.repeat(255))).toHaveLength(255);
  });

  it('pads or cuts a fixed field to its width', () => {
    expect(fixed('1', 3)).toBe('1  ');
    expect(fixed('12345', 3)).toBe('123');
  });
});
