// SIP2 error detection (AZ): the two's complement of the 16-bit sum of the message's BYTES, from
// its first byte up to and including "AZ", written as four uppercase hex digits. The sum is over
// the encoded bytes the wire carries, never over JavaScript characters: 図 is one character but
// three UTF-8 bytes (or two Shift_JIS bytes), and a client that sums characters sends a checksum
// every server rejects as soon as a title or name is Japanese. Koha (C4/SIP/Sip/Checksum.pm) does
// the same: -unpack('%16C*', $pkt) & 0xFFFF over the encoded packet.

const HEX = '0123456789ABCDEF';

/** The four hex digits that make the sum of `bytes` plus the checksum 0 modulo 2^16. */
export function sipChecksum(bytes: Uint8Array): string {
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum = (sum + (bytes[i] as number)) & 0xffff;
  const check = (-sum) & 0xffff;
  return `${HEX[check >> 12]}${HEX[(check >> 8) & 0xf]}${HEX[(check >> 4) & 0xf]}${HEX[check & 0xf]}`;
}

/** The value of an ASCII hex digit (either case), or -1. */
function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/**
 * Whether `bytes` (a whole message without its terminator, ending in AZxxxx) carries a correct
 * checksum. Lowercase hex digits are accepted: some servers print them so.
 */
export function checksumIsValid(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n < 6 || bytes[n - 6] !== 0x41 /* A */ || bytes[n - 5] !== 0x5a /* Z */) return false;
  let given = 0;
  for (let i = n - 4; i < n; i++) {
    const digit = hexDigit(bytes[i] as number);
    if (digit === -1) return false;
    given = given * 16 + digit;
  }
  let sum = 0;
  for (let i = 0; i < n - 4; i++) sum = (sum + (bytes[i] as number)) & 0xffff;
  return ((sum + given) & 0xffff) === 0;
}
