// Statistics for the back office (issue 14): for a range of Japan-time days, reservations per day and
// per event (fill rate, cancellations, no-shows), library lending, kiosk use per terminal and mails
// by template — as tables the screen also draws as charts, and as CSV. Every channel needs
// staff:statistics, so a public kiosk's router refuses them before reading anything.
import { z } from 'zod';
import { channel } from './channel';
import { typedDate } from './events';

/** The longest range: a fiscal year and a little; a longer one is almost always a typing mistake. */
export const STATISTICS_MAX_DAYS = 400;

/** The range's rules, shared by the report and the CSV export. */
function checkedRange<T extends { from: string; to: string }, S extends z.ZodType<T>>(schema: S) {
  return schema
    .refine((v) => v.to >= v.from, { path: ['to'], error: 'too_small' })
    .refine((v) => Date.parse(`${v.to}T00:00:00Z`) - Date.parse(`${v.from}T00:00:00Z`) < STATISTICS_MAX_DAYS * 86_400_000, {
      path: ['to'],
      error: 'too_large',
    });
}

export const statisticsRange = checkedRange(z.object({ from: typedDate, to: typedDate }).strict());
export type StatisticsRangeDraft = z.input<typeof statisticsRange>;
export type StatisticsRange = z.output<typeof statisticsRange>;

/** One Japan-time day: bookings made and cancelled that day, and the slots that start that day. */
export const reservationDay = z.object({
  day: z.string(),
  reserved: z.number(),
  cancelled: z.number(),
  capacity: z.number(),
  booked: z.number(),
  attended: z.number(),
  noShows: z.number(),
});
export type ReservationDay = z.infer<typeof reservationDay>;

/** One event, over its slots that start in the range. */
export const reservationEvent = z.object({
  eventId: z.number(),
  title: z.string(),
  slots: z.number(),
  capacity: z.number(),
  booked: z.number(),
  cancelled: z.number(),
  attended: z.number(),
  noShows: z.number(),
});
export type ReservationEvent = z.infer<typeof reservationEvent>;

export const lendingDay = z.object({ day: z.string(), loans: z.number(), returns: z.number(), holds: z.number(), reminders: z.number() });
export type LendingDay = z.infer<typeof lendingDay>;

/** Sessions started at one terminal, by who logged in. */
export const terminalUse = z.object({ terminal: z.string(), citizen: z.number(), patron: z.number(), staff: z.number() });
export type TerminalUse = z.infer<typeof terminalUse>;

/** Mails queued in the range, by template and where they are now. */
export const mailCount = z.object({ template: z.string(), sent: z.number(), failed: z.number(), pending: z.number() });
export type MailCount = z.infer<typeof mailCount>;

export const statisticsReport = z.object({
  from: z.string(),
  to: z.string(),
  reservationDays: z.array(reservationDay),
  events: z.array(reservationEvent),
  lendingDays: z.array(lendingDay),
  terminals: z.array(terminalUse),
  mails: z.array(mailCount),
});
export type StatisticsReport = z.infer<typeof statisticsReport>;

/** Booked seats as a percentage of the offered ones, one decimal; null when none were offered. */
export function fillRate(booked: number, capacity: number): number | null {
  return capacity > 0 ? Math.round((booked / capacity) * 1000) / 10 : null;
}

export const statisticsTables = ['reservationDays', 'events', 'lendingDays', 'terminals', 'mails'] as const;
export type StatisticsTable = (typeof statisticsTables)[number];

const level = 'staff:statistics' as const;

export const statisticsChannels = {
  'counter.statistics.report': channel({ input: statisticsRange, output: statisticsReport, auth: level }),
  /** Writes one table as CSV into the data folder's exports/ and answers where. */
  'counter.statistics.export': channel({
    input: checkedRange(z.object({ from: typedDate, to: typedDate, table: z.enum(statisticsTables) }).strict()),
    output: z.object({ path: z.string(), fileName: z.string(), rows: z.number() }),
    auth: level,
  }),
};
