// The counter desk (issue 6, counter screens): a clerk registers a library patron and hands over a
// printed card slip, resets a patron's password after checking an identity document, and books a
// city-hall reservation for someone on the phone. Each channel needs its own staff permission; the
// router refuses a clerk without it whatever the screen shows.
import { z } from 'zod';
import type { FieldErrorCode } from '../errors';
import { cardNumber, email, id, normalizeText, optional, personName, phone, RAW_TEXT_LIMIT, typedSecret } from '../fields';
import { searchKana } from '../kana';
import { hasValidCheckDigit } from '../library/card-number';
import { channel, noInput } from './channel';
import { guestReservationInput, reservationReceipt } from './citizen';
import { branchInfo } from './library';
import { localeSchema } from './session';
import { accountDetail, identityDocument } from './staff';

/** A card number typed or scanned at the counter: 13 digits whose last is the check digit. */
export const typedCardNumber = cardNumber.refine(hasValidCheckDigit, { error: 'invalid' });

/** フリガナ: katakana (hiragana typed through an IME is folded), kept full-width as search expects. */
export const patronKana = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v) => searchKana(v))
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .max(60, { error: 'too_long' })
      .regex(/^[\u30A1-\u30FA\u30FC ]+$/, { error: 'format' }),
  );

/**
 * 生年月日: 1990-07-14, 1990/7/14, 1990年7月14日 or 19900714 (full-width digits too), read as
 * 'YYYY-MM-DD'. A date that does not exist is a format error; main also refuses a future one.
 */
export const birthDate = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v, ctx) => {
    const value = normalizeText(v);
    if (value === '') return '';
    const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(value);
    const iso = m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : '';
    const date = new Date(`${iso}T00:00:00Z`);
    if (!m || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso || iso < '1900-01-01') {
      ctx.addIssue({ code: 'custom', message: 'format' satisfies FieldErrorCode });
      return z.NEVER;
    }
    return iso;
  })
  .pipe(z.string().min(1, { error: 'required' }));

export const patronRegistrationInput = z
  .object({
    /**
     * Always given: scanned from the card handed over, or filled in by 自動採番
     * (counter.patron.newCardNumber). A blank is refused, never read as "issue one" (issue 13).
     */
    cardNumber: typedCardNumber,
    name: personName,
    kana: patronKana,
    birthDate,
    email: optional(email),
    emailKind: z.enum(['pc', 'mobile']).default('pc'),
    phone: optional(phone),
    phoneKind: z.enum(['mobile', 'home', 'work']).default('mobile'),
    pickupBranch: z.string({ error: 'required' }).min(1, { error: 'required' }).max(32, { error: 'too_long' }),
    mailLocale: localeSchema.default('ja'),
  })
  .strict()
  // The library must be able to reach the patron (a hold ready, an overdue loan): mail or phone.
  .refine((v) => v.email !== null || v.phone !== null, { path: ['phone'], error: 'needs_address' });
export type PatronRegistrationDraft = z.input<typeof patronRegistrationInput>;

/** What the printed card slip shows. */
export const registeredPatron = z.object({
  accountId: z.number(),
  cardNumber: z.string(),
  name: z.string(),
  kana: z.string(),
  pickupBranch: branchInfo,
  registeredAt: z.number(),
});
export type RegisteredPatronOut = z.infer<typeof registeredPatron>;

export const phoneReservationReceipt = reservationReceipt.extend({
  /** The caller's new 利用者キー, read out to them by the clerk. */
  userKey: z.string(),
});
export type PhoneReservationReceipt = z.infer<typeof phoneReservationReceipt>;

export const counterDeskChannels = {
  /** What the registration form offers: the 予約受取館 list, the first being the default. */
  'counter.patron.registrationInfo': channel({
    input: noInput,
    output: z.object({ branches: z.array(branchInfo) }),
    auth: 'staff:patron_register',
  }),
  /**
   * 自動採番: a fresh card number (check digit included, never given before) for the form to fill
   * in. Nothing is reserved: registering checks it again in its transaction like a scanned one.
   */
  'counter.patron.newCardNumber': channel({
    input: noInput,
    output: z.object({ cardNumber: z.string() }),
    auth: 'staff:patron_register',
  }),
  'counter.patron.register': channel({ input: patronRegistrationInput, output: registeredPatron, auth: 'staff:patron_register' }),
  /** Back to the birth-date MMDD after the patron showed an identity document at the counter. */
  'counter.patron.resetPassword': channel({
    input: z
      .object({
        accountId: id,
        identityDocument,
        confirmPin: typedSecret,
      })
      .strict(),
    output: accountDetail,
    auth: 'staff:patron_password_reset',
  }),
  /** 予約受付: the caller on the phone gets a citizen account and 利用者キー, as at the kiosk. */
  'counter.reservation.reserve': channel({ input: guestReservationInput, output: phoneReservationReceipt, auth: 'staff:reservation_desk' }),
};
