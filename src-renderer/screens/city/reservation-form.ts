// The contact fields of the city-hall forms, checked in the renderer with the same field rules
// main applies (src-shared/fields.ts). An input always holds a string, so the optional fields take
// a string here ('' meaning "not given") and pass it on to the shared rule.
import { z } from 'zod';
import { address, email, normalizeText, personName, phone, postalCode, RAW_TEXT_LIMIT } from '../../../src-shared/fields';

// The same rule as optional() in fields.ts, for an input that is never null.
function blankable<T>(field: z.ZodType<T, string>) {
  return z
    .string()
    .max(RAW_TEXT_LIMIT, { error: 'too_long' })
    .transform(normalizeText)
    .pipe(z.union([z.literal('').transform(() => null), field]));
}

/** A first reservation: メールアドレス, 〒 and 住所 may stay empty. */
export const applicantSchema = z.object({
  name: personName,
  phone,
  email: blankable(email),
  postalCode: blankable(postalCode),
  address: blankable(address),
});

/** 利用者情報変更: メールアドレス is required as well. */
export const profileSchema = z.object({
  name: personName,
  phone,
  email,
  postalCode: blankable(postalCode),
  address: blankable(address),
});

export const emptyContact = { name: '', phone: '', email: '', postalCode: '', address: '' };

/** 〒 as people read it: 939-0294. */
export function showPostalCode(code: string | null): string | null {
  return code ? `〒${code.slice(0, 3)}-${code.slice(3)}` : null;
}
