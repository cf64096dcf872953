// Checksum vectors. 941AY0AZ → FDFD is the published one; 97AZ → FEF5 and 96AZ → FEF6 are Koha's
// constants (C4/SIP/Sip/Constants.pm). The Japanese vectors were computed with Koha's own
// expression, perl -e '-unpack("%16C*", encode($enc, $msg)) & 0xFFFF', over UTF-8 and CP932.
import { describe, expect, it } from 'vitest';
import { checksumIsValid, sipChecksum } from '../../../src-main/library-system/sip2/checksum';
import { encodeSipText } from '../../../src-main/library-system/sip2/encoding';

const ascii = (s: string) => Buffer.from(s, 'latin1');
const JAPANESE = '64              00020260105    120000AE山田 花子|AY3AZ';

describe('SIP2 checksum', () => {
  it('matches the published and Koha vectors', () => {
    expect(sipChecksum(ascii('941AY0AZ'))).toBe('FDFD');
    expect(sipChecksum(ascii('97AZ'))).toBe('FEF5');
    expect(sipChecksum(ascii('96AZ'))).toBe('FEF6');
  });

  it('sums the encoded bytes, not the characters (Koha computes EED2 / F357 for this message)', () => {
    expect(sipChecksum(encodeSipText(JAPANESE, 'utf-8'))).toBe('EED2');
    expect(sipChecksum(encodeSipText(JAPANESE, 'shift_jis'))).toBe('F357');
    // Summing UTF-16 code units gives 47E7: the classic client bug this file exists to avoid.
    let chars = 0;
    for (const c of JAPANESE) chars += c.charCodeAt(0);
    expect(((-chars) & 0xffff).toString(16).toUpperCase()).toBe('47E7');
  });

  it('is four uppercase hex digits, zero-padded, and 0000 for a sum of 0 mod 2^16', () => {
    expect(sipChecksum(new Uint8Array(0))).toBe('0000');
    expect(sipChecksum(Uint8Array.from([0xff]))).toBe('FF01');
    expect(sipChecksum(new Uint8Array(257).fill(0xff))).toMatch(/^[0-9A-F]{4}$/);
  });

  it('verifies a whole message and refuses a changed byte or a missing sum', () => {
    expect(checksumIsValid(ascii('941AY0AZFDFD'))).toBe(true);
    expect(checksumIsValid(ascii('941AY0AZfdfd'))).toBe(true);
    expect(checksumIsValid(ascii('940AY0AZFDFD'))).toBe(false);
    expect(checksumIsValid(ascii('941AY0AZFDFE'))).toBe(false);
    expect(checksumIsValid(ascii('941AY0AZFDF'))).toBe(false);
    expect(checksumIsValid(ascii('941AY0'))).toBe(false);
    expect(checksumIsValid(ascii('941AY0AZFDFG'))).toBe(false);
    const sjis = Buffer.concat([encodeSipText(JAPANESE, 'shift_jis'), ascii('F357')]);
    expect(checksumIsValid(sjis)).toBe(true);
  });
});
