import { describe, expect, it } from 'vitest';
import { decodeSipText, encodeSipText } from '../../../src-main/library-system/sip2/encoding';

describe('SIP2 field encoding', () => {
  it('round-trips Japanese text in UTF-8 and Shift_JIS (Windows-31J, with ① ㈱ 髙)', () => {
    const text = '①から学ぶ髙橋㈱の社史 吾輩は猫である';
    for (const encoding of ['utf-8', 'shift_jis'] as const) {
      expect(decodeSipText(encodeSipText(text, encoding), encoding)).toBe(text);
    }
    expect(encodeSipText('図書館', 'utf-8')).toHaveLength(9);
    expect(encodeSipText('図書館', 'shift_jis')).toEqual(Buffer.from([0x90, 0x7d, 0x8f, 0x91, 0x8a, 0xd9]));
  });

  it('decodes invalid bytes to U+FFFD instead of throwing', () => {
    expect(decodeSipText(Buffer.from([0x41, 0xff, 0x42]), 'utf-8')).toBe('A\ufffdB');
    expect(() => decodeSipText(Buffer.from([0x81]), 'shift_jis')).not.toThrow();
  });
});
