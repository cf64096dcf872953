// The back office of city-hall events (issue 14): staff create and edit events (予約フォーム),
// generate their slots in bulk, watch a month of slots, change a slot's capacity or close it, keep
// the city's closed days, and check attendees off (来場) with a CSV export. Every channel needs
// staff:event_management, so a public kiosk's router refuses them all before reading anything.
import { z } from 'zod';
import { isRealCalendarDate } from '../calendar-date';
import type { FieldErrorCode } from '../errors';
import { id, normalizeText, RAW_TEXT_LIMIT, text } from '../fields';
import { channel, noInput } from './channel';
import { localizedText } from './citizen';
import { localeSchema } from './session';

/**
 * A day typed as 2027-01-12, 2027/1/12, 2027年1月12日 or 20270112 (full-width digits too), read as
 * 'YYYY-MM-DD'. A text field, not <input type="date">, whose format follows the machine's locale.
 */
export const typedDate = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v, ctx) => {
    const value = normalizeText(v).replace(/\s+/g, '');
    if (value === '') return '';
    const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(value);
    const day = m ? `${m[1]}-${(m[2] ?? m[4] ?? '').padStart(2, '0')}-${(m[3] ?? m[5] ?? '').padStart(2, '0')}` : '';
    if (!m || !isRealCalendarDate(day)) {
      ctx.addIssue({ code: 'custom', message: 'format' satisfies FieldErrorCode });
      return z.NEVER;
    }
    return day;
  })
  .pipe(z.string().min(1, { error: 'required' }));

/** The whole number in a text field (full-width digits too), '' when blank, NaN when not one. */
function readCount(v: string): number | '' {
  const value = normalizeText(v);
  if (value === '') return '';
  return /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
}

/** A whole number typed into a text field, between min and max. */
export function typedCount(min: number, max: number) {
  return z
    .string({ error: 'required' })
    .max(RAW_TEXT_LIMIT, { error: 'too_long' })
    .transform((v, ctx) => {
      const value = readCount(v);
      if (value === '' || Number.isNaN(value)) {
        ctx.addIssue({ code: 'custom', message: (value === '' ? 'required' : 'format') satisfies FieldErrorCode });
        return z.NEVER;
      }
      return value;
    })
    .pipe(z.number().min(min, { error: 'too_small' }).max(max, { error: 'too_large' }));
}

/** The same, or null for a blank field. */
export function optionalCount(min: number, max: number) {
  return z
    .string()
    .max(RAW_TEXT_LIMIT, { error: 'too_long' })
    .transform((v, ctx) => {
      const value = readCount(v);
      if (Number.isNaN(value)) {
        ctx.addIssue({ code: 'custom', message: 'format' satisfies FieldErrorCode });
        return z.NEVER;
      }
      return value === '' ? null : value;
    })
    .pipe(z.number().min(min, { error: 'too_small' }).max(max, { error: 'too_large' }).nullable());
}

/** Free text that may be left blank (null then); a string always, as the form's inputs send. */
export function optionalText(max: number) {
  return z
    .string()
    .max(RAW_TEXT_LIMIT, { error: 'too_long' })
    .transform(normalizeText)
    .pipe(z.string().max(max, { error: 'too_long' }))
    .transform((v) => (v === '' ? null : v));
}

/** 'HH:MM' (9:30 and ９：３０ too), between 00:00 and 23:59. */
export const typedTime = z
  .string({ error: 'required' })
  .max(RAW_TEXT_LIMIT, { error: 'too_long' })
  .transform((v, ctx) => {
    const m = /^(\d{1,2})[:：](\d{2})$/.exec(normalizeText(v));
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
      ctx.addIssue({ code: 'custom', message: 'format' satisfies FieldErrorCode });
      return z.NEVER;
    }
    return `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`;
  });

export const audiences = ['anyone', 'residents'] as const;
export type Audience = (typeof audiences)[number];

/** Every language but Japanese, the source the event is written in. */
export const translatedLocale = localeSchema.exclude(['ja']);
export type TranslatedLocale = z.infer<typeof translatedLocale>;

const eventTranslation = z
  .object({ title: optionalText(100), venue: optionalText(100), description: optionalText(2000), mailNote: optionalText(1000).optional() })
  .strict();
export type EventTranslation = z.output<typeof eventTranslation>;

/** What staff edit about an event. The booking window runs from opensOn 0:00 to the end of closesOn. */
export const eventInput = z
  .object({
    /** null: a new event. */
    eventId: id.nullable(),
    categoryId: id,
    titleJa: text(100),
    descriptionJa: optionalText(2000),
    venueJa: text(100),
    /** The event's own guidance in its confirmation mail (what to bring, where to go). */
    mailNoteJa: optionalText(1000).default(''),
    /** The texts in other languages; a language left out shows the Japanese (issue 17). */
    translations: z.partialRecord(translatedLocale, eventTranslation).default({}),
    audience: z.enum(audiences, { error: 'required' }),
    slotCapacity: typedCount(1, 1000),
    opensOn: typedDate,
    closesOn: typedDate,
    /** A citizen may cancel until this many hours before the start (0: until it starts). */
    cancelHours: typedCount(0, 720),
    series: z.boolean(),
    /** Linked two-dose event: dose 2 at least this many days after dose 1. Ignored unless series. */
    doseIntervalDays: optionalCount(1, 365),
  })
  .strict()
  .refine((v) => v.closesOn >= v.opensOn, { path: ['closesOn'], error: 'too_small' })
  .refine((v) => !v.series || v.doseIntervalDays !== null, { path: ['doseIntervalDays'], error: 'required' });
export type EventDraft = z.input<typeof eventInput>;

export const eventSummary = z.object({
  id: z.number(),
  categoryId: z.number(),
  category: localizedText,
  title: localizedText,
  venue: localizedText,
  opensAt: z.number(),
  closesAt: z.number(),
  series: z.boolean(),
  slotCount: z.number(),
});
export type EventSummary = z.infer<typeof eventSummary>;

/** An event as the edit screen fills its fields (the same shape it sends back). */
export const eventDetail = z.object({
  eventId: z.number(),
  categoryId: z.number(),
  titleJa: z.string(),
  descriptionJa: z.string(),
  venueJa: z.string(),
  mailNoteJa: z.string(),
  translations: z.partialRecord(translatedLocale, z.object({ title: z.string(), venue: z.string(), description: z.string(), mailNote: z.string() })),
  audience: z.enum(audiences),
  slotCapacity: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  cancelHours: z.string(),
  series: z.boolean(),
  doseIntervalDays: z.string(),
});
export type EventDetail = z.infer<typeof eventDetail>;

/** Bulk slot generation: every chosen weekday from `from` to `to`, at each start time. */
export const slotPlanInput = z
  .object({
    eventId: id,
    from: typedDate,
    to: typedDate,
    /** 0 = Sunday … 6 = Saturday. */
    weekdays: z.array(z.number().int().min(0).max(6)).max(7).min(1, { error: 'required' }),
    times: z.array(typedTime).max(24, { error: 'too_large' }).min(1, { error: 'required' }),
    minutes: typedCount(5, 720),
    capacity: typedCount(1, 1000),
  })
  .strict()
  .refine((v) => v.to >= v.from, { path: ['to'], error: 'too_small' })
  // A year at most: a longer range is almost always a typing mistake, and the preview stays small.
  .refine((v) => Date.parse(`${v.to}T00:00:00Z`) - Date.parse(`${v.from}T00:00:00Z`) <= 366 * 86_400_000, { path: ['to'], error: 'too_large' });
export type SlotPlanDraft = z.input<typeof slotPlanInput>;

export const skippedDay = z.object({
  day: z.string(),
  /** holiday: 国民の祝日; closed: the city's closed day; past: today or earlier. */
  reason: z.enum(['holiday', 'closed', 'past']),
  /** The holiday's name (ja / en) or the closed day's note. */
  name: localizedText,
});
export type SkippedDay = z.infer<typeof skippedDay>;

export const slotOverlap = z.object({ startsAt: z.number(), existingSlotId: z.number(), existingStartsAt: z.number(), existingEndsAt: z.number().nullable() });
export type SlotOverlap = z.infer<typeof slotOverlap>;

export const slotPlan = z.object({
  slotCount: z.number(),
  dayCount: z.number(),
  firstStartsAt: z.number().nullable(),
  lastStartsAt: z.number().nullable(),
  skipped: z.array(skippedDay),
  /** Planned slots that overlap an existing slot of the event: generation is refused while any remain. */
  overlaps: z.array(slotOverlap),
});
export type SlotPlan = z.infer<typeof slotPlan>;

export const adminSlot = z.object({
  id: z.number(),
  startsAt: z.number(),
  endsAt: z.number().nullable(),
  capacity: z.number(),
  booked: z.number(),
  closed: z.boolean(),
  /** Whether any reservation (even a cancelled one) ever named it: such a slot is closed, never deleted. */
  everBooked: z.boolean(),
});
export type AdminSlot = z.infer<typeof adminSlot>;

export const closedDay = z.object({ day: z.string(), note: z.string() });
export type ClosedDay = z.infer<typeof closedDay>;

/** 'MM-DD' every year, or one 'YYYY-MM-DD' date. */
export const closedDayInput = z
  .object({
    day: z
      .string({ error: 'required' })
      .max(RAW_TEXT_LIMIT, { error: 'too_long' })
      .transform((v, ctx) => {
        const value = normalizeText(v).replace(/[/月.]/g, '-').replace(/[年]/g, '-').replace(/日$/, '');
        const yearly = /^(\d{1,2})-(\d{1,2})$/.exec(value);
        if (yearly) {
          const day = `${(yearly[1] ?? '').padStart(2, '0')}-${(yearly[2] ?? '').padStart(2, '0')}`;
          // 2028 is a leap year, so 02-29 passes as a yearly day.
          if (isRealCalendarDate(`2028-${day}`)) return day;
        }
        const once = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
        if (once) {
          const day = `${once[1]}-${(once[2] ?? '').padStart(2, '0')}-${(once[3] ?? '').padStart(2, '0')}`;
          if (isRealCalendarDate(day)) return day;
        }
        ctx.addIssue({ code: 'custom', message: (value === '' ? 'required' : 'format') satisfies FieldErrorCode });
        return z.NEVER;
      }),
    note: z.string().max(RAW_TEXT_LIMIT, { error: 'too_long' }).transform(normalizeText).pipe(z.string().max(40, { error: 'too_long' })).default(''),
  })
  .strict();

export const attendeeQuery = z
  .object({
    eventId: id,
    day: typedDate,
    /** One slot of that day, or null for the whole day. */
    slotId: id.nullable(),
  })
  .strict();

export const attendee = z.object({
  reservationId: z.number(),
  slotId: z.number(),
  startsAt: z.number(),
  name: z.string(),
  phone: z.string().nullable(),
  userKey: z.string(),
  dose: z.number().nullable(),
  attended: z.boolean(),
});
export type Attendee = z.infer<typeof attendee>;

export const slotClosing = z.object({
  cancelled: z.number(),
  mailed: z.number(),
  /** Citizens without a mail address: the counter telephones them. */
  toPhone: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
});
export type SlotClosing = z.infer<typeof slotClosing>;

const level = 'staff:event_management' as const;

export const eventChannels = {
  'counter.events.list': channel({
    input: noInput,
    output: z.object({ categories: z.array(z.object({ id: z.number(), title: localizedText })), events: z.array(eventSummary) }),
    auth: level,
  }),
  'counter.events.get': channel({ input: z.object({ eventId: id }).strict(), output: eventDetail, auth: level }),
  'counter.events.save': channel({ input: eventInput, output: z.object({ eventId: z.number() }), auth: level }),
  'counter.events.closedDays.list': channel({ input: noInput, output: z.array(closedDay), auth: level }),
  'counter.events.closedDays.add': channel({ input: closedDayInput, output: z.array(closedDay), auth: level }),
  'counter.events.closedDays.remove': channel({ input: z.object({ day: z.string().max(10) }).strict(), output: z.array(closedDay), auth: level }),
  'counter.events.slots.preview': channel({ input: slotPlanInput, output: slotPlan, auth: level }),
  'counter.events.slots.generate': channel({ input: slotPlanInput, output: z.object({ created: z.number() }), auth: level }),
  'counter.events.slots.month': channel({
    input: z.object({ eventId: id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'format' }) }).strict(),
    output: z.object({ event: eventSummary, slots: z.array(adminSlot) }),
    auth: level,
  }),
  'counter.events.slots.setCapacity': channel({ input: z.object({ slotId: id, capacity: typedCount(1, 1000) }).strict(), output: adminSlot, auth: level }),
  'counter.events.slots.close': channel({ input: z.object({ slotId: id }).strict(), output: slotClosing, auth: level }),
  'counter.events.slots.delete': channel({ input: z.object({ slotId: id }).strict(), output: z.null(), auth: level }),
  'counter.events.attendees': channel({ input: attendeeQuery, output: z.object({ event: eventSummary, slots: z.array(adminSlot), attendees: z.array(attendee) }), auth: level }),
  'counter.events.attendees.check': channel({
    input: z.object({ reservationId: id, attended: z.boolean() }).strict(),
    output: z.object({ attended: z.boolean() }),
    auth: level,
  }),
  /** Writes the CSV into the data folder's exports/ and answers where. */
  'counter.events.attendees.export': channel({ input: attendeeQuery, output: z.object({ path: z.string(), fileName: z.string(), rows: z.number() }), auth: level }),
};
