// 郵便番号 → 住所 (issue 17): the address a 7-digit postal code stands for, from Japan Post's data
// bundled into main. Public, so the kiosk's guest forms and the counter's phone reservations use it
// alike; the data itself never crosses into the renderer, only the answer for one code.
import { z } from 'zod';
import { postalCode } from '../fields';
import { channel } from './channel';

/** One place a postal code covers: 都道府県, 市区町村 (with its 郡), and 町域 ('' when the code covers the whole 市区町村). */
export const postalAddress = z.object({
  prefecture: z.string(),
  city: z.string(),
  town: z.string(),
});
export type PostalAddress = z.infer<typeof postalAddress>;

/**
 * found: the places the code covers, in Japan Post's order — one for most codes, several where a
 * code covers several 町域 or even two prefectures (498-0000: 愛知県弥富市 and 三重県桑名郡木曽岬町).
 */
export const postalResult = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), code: z.string(), candidates: z.array(postalAddress).min(1) }),
  z.object({ found: z.literal(false), code: z.string() }),
]);
export type PostalResult = z.infer<typeof postalResult>;

/**
 * The 7 digits of what a person typed, or null while it is not yet a postal code: full-width
 * digits, 〒 and any hyphen are accepted (the same rule as the 〒 field, src-shared/fields.ts).
 */
export function postalCodeDigits(typed: string): string | null {
  const parsed = postalCode.safeParse(typed);
  return parsed.success ? parsed.data : null;
}

/** The address text a found place fills in: 都道府県 + 市区町村 + 町域, as written on an envelope. */
export function addressText(place: PostalAddress): string {
  return `${place.prefecture}${place.city}${place.town}`;
}

export const addressChannels = {
  /**
   * Not rate-limited, like the other public reads (city.form): it reveals nothing but Japan Post's
   * public data, costs main about a microsecond, and keeps nothing per caller.
   */
  'address.lookup': channel({ input: z.object({ code: postalCode }).strict(), output: postalResult, auth: 'public' }),
};
