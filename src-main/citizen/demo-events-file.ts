// The city-hall demo's sample file, resources/demo/events.json, read and checked. Dates in it count
// days from "today" (the demo is always placed around the clock's now), so this turns each entry
// into what a clerk would type on the event and slot-generation screens: the event as
// `eventInput`, the slots as `slotPlanInput`. Both are parsed here with the staff screens' own
// schemas, so a broken sample file stops the seeder with the field at fault instead of seeding
// half a demo.
import { z } from 'zod';
import { eventInput, slotPlanInput } from '../../src-shared/contract/events';
import { localizedText } from '../../src-shared/localized-text';
import { formatJapaneseYear } from '../../src-shared/japanese-date';
import { addDays, dayStart } from './city-calendar';

type EventInput = z.output<typeof eventInput>;
type SlotPlanInput = z.output<typeof slotPlanInput>;

const dayOffset = z.number().int().min(-366).max(366);

/** One bulk generation: `days` days from today + `fromDay`, on the weekdays (default all), at the times. */
const slotEntry = z
  .object({
    fromDay: z.number().int().min(1).max(366),
    days: z.number().int().min(1).max(366),
    weekdays: z.array(z.number().int().min(0).max(6)).default([0, 1, 2, 3, 4, 5, 6]),
    times: z.array(z.string()),
    minutes: z.number().int(),
    capacity: z.number().int(),
  })
  .strict();
export type DemoSlotEntry = z.output<typeof slotEntry>;

const demoEventsFile = z
  .object({
    // Categories have no staff screen: every language is in the file, as the kiosk shows them.
    categories: z.array(z.object({ key: z.string().min(1), title: localizedText.required() }).strict()).min(1),
    events: z
      .array(
        z
          .object({
            category: z.string(),
            /** The booking window, first and last day, counted from today. */
            bookableFromDay: dayOffset,
            bookableToDay: dayOffset,
            /** The event as the edit screen sends it, without its id, category and window. */
            event: z.record(z.string(), z.unknown()),
            slots: z.array(slotEntry).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((f) => f.events.every((e) => f.categories.some((c) => c.key === e.category)), { path: ['events'], error: 'unknown category' });
export type DemoEventsFile = z.output<typeof demoEventsFile>;
export type DemoEvent = DemoEventsFile['events'][number];

export function readDemoEvents(raw: unknown): DemoEventsFile {
  return demoEventsFile.parse(raw);
}

/**
 * {lastYear} (2025) and {lastYearReiwa} (令和7年) in any text of the entry: the tax consultation is
 * always about the year before today's.
 */
function fillPlaceholders(value: unknown, words: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole);
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, words));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, words)]));
  }
  return value;
}

/** The 'YYYY-MM-DD' of today in Japan and the instant, for the placeholders. */
export interface DemoToday {
  day: string;
  now: number;
}

export function demoEventInput(entry: DemoEvent, categoryId: number, today: DemoToday): EventInput {
  const lastYear = Number(today.day.slice(0, 4)) - 1;
  // Mid-year of last year: the era's year, whatever month today is.
  const words = { lastYear: String(lastYear), lastYearReiwa: formatJapaneseYear(dayStart(`${lastYear}-07-01`)) };
  return eventInput.parse({
    ...(fillPlaceholders(entry.event, words) as Record<string, unknown>),
    eventId: null,
    categoryId,
    opensOn: addDays(today.day, entry.bookableFromDay),
    closesOn: addDays(today.day, entry.bookableToDay),
  });
}

/** The generation request of a slot entry, its first day moved `shift` days later. */
export function demoSlotPlan(slot: DemoSlotEntry, eventId: number, today: string, shift = 0): SlotPlanInput {
  return slotPlanInput.parse({
    eventId,
    from: addDays(today, slot.fromDay + shift),
    to: addDays(today, slot.fromDay + shift + slot.days - 1),
    weekdays: slot.weekdays,
    times: slot.times,
    minutes: String(slot.minutes),
    capacity: String(slot.capacity),
  });
}
