// Field rules shared by the renderer (to show mistakes before sending) and main (which never
// trusts the renderer). Every rule first folds full-width characters with NFKC, because kiosk
// users type with Japanese IMEs: "１２３" and "ａｂｃ" must be accepted as "123" and "abc".
import { z } from 'zod';

/** The longest raw string any text field accepts before normalisation (guards memory and time). */
export const RAW_TEXT_LIMIT = 2000;

export function normalizeText(value: string): string {
  return value.normalize('NFKC').trim();
}

// Hyphen-like characters people type in phone numbers and postal codes, after NFKC.
const HYPHENS = /[-‐‑‒–—―−ｰー\s()（）]/g;

/** A string field, NFKC-normalised and trimmed; empty means "required". */
export function text(max: number) {
  return z
    .string({ error: 'required' })
    .max(RAW_TEXT_LIMIT, { error: 'too_long' })
    .transform(normalizeText)
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'too_long' }));
}

/**
 * An optional field: missing, null or blank becomes null; anything else must pass `field`.
 * The renderer sends '' for an untouched input, so blank and absent are the same thing.
 */
export function optional<T>(field: z.ZodType<T, string>) {
  return z
    .string()
    .max(RAW_TEXT_LIMIT, { error: 'too_long' })
    .nullish()
    .transform((v) => normalizeText(v ?? ''))
    .pipe(z.union([z.literal('').transform(() => null), field]));
}

/** 図書館カードの番号: 13 digits. */
export const cardNumber = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => normalizeText(v).replace(HYPHENS, ''))
  .pipe(z.string().min(1, { error: 'required' }).regex(/^\d{13}$/, { error: 'format' }));

/** 利用者キー: 4 lower-case letters then 5 digits (e.g. abcd12345). */
export const USER_KEY_PATTERN = /^[a-z]{4}\d{5}$/;
export const userKey = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => normalizeText(v).toLowerCase())
  .pipe(z.string().min(1, { error: 'required' }).regex(USER_KEY_PATTERN, { error: 'format' }));

/**
 * One-time password and reset code alphabet: letters and digits without look-alikes
 * (0 O o 1 l I), so a code read from a phone screen is typed right the first time.
 */
export const OTP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
export const OTP_LENGTH = 8;
/**
 * The input rule is looser than the alphabet: a mistyped look-alike is a wrong code
 * (counted as a failed login), not a form error that would teach which characters exist.
 */
export const otp = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform(normalizeText)
  .pipe(z.string().min(1, { error: 'required' }).regex(/^[A-Za-z0-9]{8}$/, { error: 'format' }));

/** A secret typed to log in, confirm or repeat: never format-checked, so an error never hints at the rule. */
export const typedSecret = z.string({ error: 'required' }).max(RAW_TEXT_LIMIT, { error: 'too_long' }).min(1, { error: 'required' });

/** Staff 利用者暗証番号 / 利用者確認暗証番号: 4–12 half-width letters, digits and symbols. */
export const staffPin = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => v.normalize('NFKC'))
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .min(4, { error: 'too_short' })
      .max(12, { error: 'too_long' })
      .regex(/^[\x21-\x7e]+$/, { error: 'format' }),
  );

/** 電話番号: digits only, 10 or 11 of them; hyphens, spaces and brackets are removed. */
export const phone = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => normalizeText(v).replace(HYPHENS, ''))
  .pipe(z.string().min(1, { error: 'required' }).regex(/^\d{10,11}$/, { error: 'format' }));

/** 郵便番号 (〒): 7 digits; "〒123-4567" and "１２３－４５６７" are accepted. */
export const postalCode = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => normalizeText(v).replace(/^〒/, '').replace(HYPHENS, ''))
  .pipe(z.string().min(1, { error: 'required' }).regex(/^\d{7}$/, { error: 'format' }));

/** メールアドレス: NFKC folds a full-width ＠ and letters typed through an IME. */
export const email = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform(normalizeText)
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .max(254, { error: 'too_long' })
      .pipe(z.email({ error: 'format' })),
  );

/** 氏名 and similar free text (names, addresses). */
export const personName = text(60);
export const address = text(200);

/** A database row id as the renderer sends it. */
export const id = z.number({ error: 'required' }).int({ error: 'format' }).positive({ error: 'format' });
