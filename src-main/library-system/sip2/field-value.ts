// What a value may hold once it is inside a message. SIP2 has no escape: "|" ends a variable field
// and CR ends the message, so a value that carried either could end its field early and smuggle in
// fields of its own (a card number "123|AD…" adding a password field, a CR starting a second
// message). Koha's server turns CR into a space and "|" into "&#124;"; this client replaces "|"
// with the full-width "｜" instead, which both encodings carry and a Japanese reader takes for the
// same stroke. A secret with "|" in it so fails to match, which is the safe failure. Other control
// characters become spaces: Koha strips line feeds anywhere in a message, so they would not arrive.

/** The most characters a variable field carries (SIP2 2.00). */
export const MAX_FIELD_CHARS = 255;

const UNSAFE = /[\u0000-\u001f\u007f|]/;

export function fieldValue(value: string): string {
  // Most values (card numbers, item ids, the institution) need no change: test before replacing.
  const clean = UNSAFE.test(value) ? value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\|/g, '｜') : value;
  // No more UTF-16 units than the limit means no more code points either: nothing to cut.
  if (clean.length <= MAX_FIELD_CHARS) return clean;
  // Cut by code points, not UTF-16 units, so a character outside the BMP is never split in half.
  const chars = Array.from(clean);
  return chars.length <= MAX_FIELD_CHARS ? clean : chars.slice(0, MAX_FIELD_CHARS).join('');
}

/** A variable field as sent: the two-letter code, the cleaned value and the delimiter. */
export function field(code: string, value: string): string {
  return `${code}${fieldValue(value)}|`;
}

/** A fixed field of exactly `width` characters: cut, or padded with spaces. */
export function fixed(value: string, width: number): string {
  return fieldValue(value).slice(0, width).padEnd(width, ' ');
}
