// Field text on the wire. Japanese ILSs that drive self-checkout machines often still speak
// Shift_JIS; newer ones (and Koha) UTF-8. iconv-lite's shift_jis is Windows-31J (CP932), the
// variant those systems mean: it has the NEC and IBM extensions (①, ㈱, 髙) that plain JIS X 0208
// lacks. Decoding never throws: a byte that is not valid in the encoding becomes U+FFFD.
import iconv from 'iconv-lite';

export const SIP2_ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type Sip2Encoding = (typeof SIP2_ENCODINGS)[number];

export function encodeSipText(text: string, encoding: Sip2Encoding): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'shift_jis');
}

export function decodeSipText(bytes: Uint8Array, encoding: Sip2Encoding): string {
  return encoding === 'utf-8' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : iconv.decode(Buffer.from(bytes), 'shift_jis');
}
