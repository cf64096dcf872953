// SIP2 error detection (AZ): the two's complement of the 16-bit sum of the message's BYTES, from
// its first byte up to and including "AZ", written as four uppercase hex digits. The sum is over
// the encoded bytes the wire carries, never over JavaScript characters: 図 is one character but
// three UTF-8 bytes (or two Shift_JIS bytes), and a client that sums characters sends a checksum
// every server rejects as soon as a title or name is Japanese. Koha (C4/SIP/Sip/Checksum.pm) does
// the same: -unpack('%16C*', $pkt) & 0xFFFF over the encoded packet.

/** The four hex digits that make the sum of `bytes` plus the checksum 0 modulo 2^16. */
export function sipChecksum(bytes: Uint8Array): string {
  let sum = 0;
  for (const byte of bytes) sum = (sum + byte) & 0xffff;
  return ((-sum) & 0xffff).toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Whether `bytes` (a whole message without its terminator, ending in AZxxxx) carries a correct
 * checksum. Lowercase hex digits are accepted: some servers print them so.
 */
export function checksumIsValid(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n < 6 || bytes[n - 6] !== 0x41 /* A */ || bytes[n - 5] !== 0x5a /* Z */) return false;
  const hex = String.fromCharCode(...bytes.subarray(n - 4));
  if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return false;
  let sum = 0;
  for (let i = 0; i < n - 4; i++) sum = (sum + (bytes[i] as number)) & 0xffff;
  return ((sum + Number.parseInt(hex, 16)) & 0xffff) === 0;
}
