// A catalogue file's bytes as text. Libraries export from Excel or an older ILS, so a file comes as
// UTF-8 (with or without the BOM Excel writes) or as Shift_JIS; nobody should have to know which.
// A BOM says UTF-8; otherwise bytes that are valid UTF-8 are read as UTF-8 and anything else as
// Shift_JIS (iconv-lite's Windows-31J, with ① ㈱ 髙). Japanese text in Shift_JIS is almost never
// valid UTF-8 by accident — its lead bytes 0x81–0x9F are UTF-8 continuation bytes — and an
// ASCII-only file reads the same either way. The encoding found is reported with the dry run.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type FileEncoding = 'utf-8' | 'shift_jis';
export type Delimiter = 'comma' | 'tab';

const BOM = [0xef, 0xbb, 0xbf];

export interface DecodedFile {
  text: string;
  encoding: FileEncoding;
}

export function decodeCatalogueFile(bytes: Uint8Array): DecodedFile {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (BOM.every((b, i) => buffer[i] === b)) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  return { text: iconv.decode(buffer, 'shift_jis'), encoding: 'shift_jis' };
}

/**
 * TSV when the header line has a tab: header names never hold one, and a CSV header with a
 * comma-free single column is no catalogue anyway.
 */
export function delimiterOf(text: string): Delimiter {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  return header.includes('\t') ? 'tab' : 'comma';
}
