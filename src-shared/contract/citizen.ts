// City-hall reservations and citizen accounts (seeds 000 and 001): browsing the catalogue and
// reserving are public; the 利用者キー + ワンタイムパスワード login opens the citizen's own screens.
import { z } from 'zod';
import { address, email, id, optional, otp, personName, phone, postalCode, userKey } from '../fields';
import { channel, noInput } from './channel';
import { localeSchema } from './session';

/** Catalogue text in both languages; English falls back to the Japanese when none was entered. */
import { localizedText } from '../localized-text';

export { localizedText };
export type { LocalizedText } from '../localized-text';

export const categorySummary = z.object({ id: z.number(), title: localizedText, formCount: z.number() });
export type CategorySummary = z.infer<typeof categorySummary>;

export const formSummary = z.object({
  id: z.number(),
  title: localizedText,
  venue: localizedText,
  series: z.boolean(),
  /** Within its booking window now. */
  bookable: z.boolean(),
});
export type FormSummary = z.infer<typeof formSummary>;

export const slotInfo = z.object({
  id: z.number(),
  startsAt: z.number(),
  capacity: z.number(),
  /** 残り: places left. */
  remaining: z.number(),
});
export type SlotInfo = z.infer<typeof slotInfo>;

export const formDetail = z.object({
  id: z.number(),
  categoryId: z.number(),
  title: localizedText,
  venue: localizedText,
  description: localizedText,
  /** Who may book (issue 14): anyone, or the city's residents and workers. */
  audience: z.enum(['anyone', 'residents']),
  opensAt: z.number(),
  closesAt: z.number(),
  bookable: z.boolean(),
  /** A vaccination series: dose 2 is booked with dose 1, at least minDays later. */
  series: z.object({ minDays: z.number() }).nullable(),
  /** Upcoming slots, earliest first. */
  slots: z.array(slotInfo),
});
export type FormDetail = z.infer<typeof formDetail>;

export const reservationItem = z.object({
  id: z.number(),
  formTitle: localizedText,
  venue: localizedText,
  /** 対象者名 */
  attendee: z.string(),
  startsAt: z.number(),
  /** 1 or 2 for a vaccination series, null otherwise. */
  dose: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** Dose 2: the dose-1 reservation it was booked with, and is cancelled with. Null otherwise. */
  firstDoseId: z.number().nullable(),
  /** Dose 2 is cancelled only together with dose 1; a past reservation cannot be cancelled. */
  cancellable: z.boolean(),
});
export type ReservationItem = z.infer<typeof reservationItem>;

export const reservationReceipt = z.object({
  reservations: z.array(reservationItem),
  /** A confirmation mail was queued (the new 利用者キー is in it for a first reservation). */
  mailed: z.boolean(),
});
export type ReservationReceipt = z.infer<typeof reservationReceipt>;

const slotChoice = {
  slotId: id,
  /** The dose-2 slot of a vaccination series; required there, refused elsewhere. */
  secondSlotId: id.nullish().transform((v) => v ?? null),
};

/** First reservation without logging in: the applicant's details create a citizen account. */
export const guestReservationInput = z
  .object({
    ...slotChoice,
    name: personName,
    phone,
    /** Optional, but without it the reservation cannot be viewed or changed later. */
    email: optional(email),
    postalCode: optional(postalCode),
    address: optional(address),
    locale: localeSchema.default('ja'),
  })
  .strict();

export const citizenReservationInput = z.object({ ...slotChoice, locale: localeSchema.default('ja') }).strict();

export const otpIssueInput = z.object({ userKey, email, locale: localeSchema.default('ja') }).strict();

export const loginInput = z.object({ userKey, otp }).strict();

export const keyReissueInput = z
  .object({ email, emailConfirm: email, locale: localeSchema.default('ja') })
  .strict()
  .refine((v) => v.email.toLowerCase() === v.emailConfirm.toLowerCase(), { path: ['emailConfirm'], error: 'mismatch' });

/** 利用者情報変更: 氏名, 電話番号 and メールアドレス are required here; 〒 and 住所 stay optional. */
export const profileInput = z
  .object({
    name: personName,
    phone,
    email,
    postalCode: optional(postalCode),
    address: optional(address),
    locale: localeSchema.default('ja'),
  })
  .strict();

export const citizenProfile = z.object({
  userKey: z.string(),
  name: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
});
export type CitizenProfile = z.infer<typeof citizenProfile>;

export const citizenChannels = {
  'city.categories': channel({ input: noInput, output: z.array(categorySummary), auth: 'public' }),
  'city.forms': channel({
    input: z.object({ categoryId: id }).strict(),
    output: z.object({ category: categorySummary, forms: z.array(formSummary) }),
    auth: 'public',
  }),
  'city.form': channel({ input: z.object({ formId: id }).strict(), output: formDetail, auth: 'public' }),
  'city.reserve': channel({ input: guestReservationInput, output: reservationReceipt, auth: 'public' }),
  'citizen.reserve': channel({ input: citizenReservationInput, output: reservationReceipt, auth: 'citizen' }),
  /** The answer is the same whether or not the key and address belong together. */
  'citizen.otp.issue': channel({ input: otpIssueInput, output: z.object({ validMinutes: z.number() }), auth: 'public' }),
  'citizen.login': channel({ input: loginInput, output: z.object({ displayName: z.string() }), auth: 'public' }),
  /** The answer is the same whether or not the address is registered. */
  'citizen.key.reissue': channel({ input: keyReissueInput, output: z.null(), auth: 'public' }),
  'citizen.reservations': channel({ input: noInput, output: z.array(reservationItem), auth: 'citizen' }),
  'citizen.cancel': channel({
    input: z.object({ reservationId: id, locale: localeSchema.default('ja') }).strict(),
    output: z.object({ cancelled: z.array(reservationItem) }),
    auth: 'citizen',
  }),
  'citizen.profile.get': channel({ input: noInput, output: citizenProfile, auth: 'citizen' }),
  'citizen.profile.update': channel({
    input: profileInput,
    output: z.object({ profile: citizenProfile, emailChanged: z.boolean() }),
    auth: 'citizen',
  }),
};
