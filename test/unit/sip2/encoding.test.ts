import iconv from 'iconv-lite';
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

  it('writes and reads ASCII-only Shift_JIS text byte for byte as iconv-lite does (its fast path)', () => {
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (const text of [ascii, '\\~|AA1000|', '63000']) {
      expect(encodeSipText(text, 'shift_jis')).toEqual(iconv.encode(text, 'shift_jis'));
      expect(decodeSipText(Buffer.from(text, 'latin1'), 'shift_jis')).toBe(iconv.decode(Buffer.from(text, 'latin1'), 'shift_jis'));
    }
    // One byte above 0x7F anywhere sends the whole text through iconv.
    expect(decodeSipText(Buffer.from([0x41, 0x8a, 0xd9, 0x42]), 'shift_jis')).toBe('A館B');
    expect(encodeSipText('A館B', 'shift_jis')).toEqual(Buffer.from([0x41, 0x8a, 0xd9, 0x42]));
  });
});
