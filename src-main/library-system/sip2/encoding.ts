// Field text on the wire. Japanese ILSs that drive self-checkout machines often still speak
// Shift_JIS; newer ones (and Koha) UTF-8. iconv-lite's shift_jis is Windows-31J (CP932), the
// variant those systems mean: it has the NEC and IBM extensions (①, ㈱, 髙) that plain JIS X 0208
// lacks. Decoding never throws: a byte that is not valid in the encoding becomes U+FFFD.
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';

export const SIP2_ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type Sip2Encoding = (typeof SIP2_ENCODINGS)[number];

/** Only 0x00–0x7F: Windows-31J and UTF-8 both write these as the same single bytes as ASCII. */
const NON_ASCII = /[^\u0000-\u007f]/;

export function encodeSipText(text: string, encoding: Sip2Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  // Most requests (card numbers, item ids, dates) are ASCII: skip iconv's table walk for them.
  return NON_ASCII.test(text) ? iconv.encode(text, 'shift_jis') : Buffer.from(text, 'latin1');
}

export function decodeSipText(bytes: Uint8Array, encoding: Sip2Encoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf-8') return buffer.toString('utf8');
  return isAscii(buffer) ? buffer.toString('latin1') : iconv.decode(buffer, 'shift_jis');
}
