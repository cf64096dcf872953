// Bulk slot generation, as a pure plan: every chosen weekday between two dates, at each start
// time, for the given length — minus national holidays, the city's closed days and days already
// begun. The plan is what the preview shows and exactly what generation then writes.
import type { LocalizedText } from '../../src-shared/contract/citizen';
import type { SkippedDay } from '../../src-shared/contract/events';
import { addDays, at, dayStart, weekdayOf } from './city-calendar';
import { nationalHoliday } from './holidays';

export interface SlotPlanRequest {
  from: string;
  to: string;
  weekdays: readonly number[];
  times: readonly string[];
  minutes: number;
}

export interface PlannedSlot {
  startsAt: number;
  endsAt: number;
}

export interface Plan {
  slots: PlannedSlot[];
  /** Days that would have had slots, with at least one. */
  dayCount: number;
  skipped: SkippedDay[];
}

/** The city's closed days: 'MM-DD' every year or one 'YYYY-MM-DD'. */
export type ClosedDayMap = ReadonlyMap<string, string>;

function closedNote(day: string, closed: ClosedDayMap): string | null {
  return closed.get(day) ?? closed.get(day.slice(5)) ?? null;
}

export function planSlots(request: SlotPlanRequest, closed: ClosedDayMap, now: number): Plan {
  const weekdays = new Set(request.weekdays);
  // Two equal times typed twice would make two identical slots: one is enough.
  const times = [...new Set(request.times)].sort();
  const slots: PlannedSlot[] = [];
  const skipped: SkippedDay[] = [];
  let dayCount = 0;
  for (let day = request.from; day <= request.to; day = addDays(day, 1)) {
    if (!weekdays.has(weekdayOf(day))) continue;
    // A day that has begun is refused whole: slots for "later today" are made on the calendar.
    if (dayStart(day) <= now) {
      skipped.push({ day, reason: 'past', name: { ja: '', en: '' } });
      continue;
    }
    const holiday: LocalizedText | null = nationalHoliday(day);
    if (holiday) {
      skipped.push({ day, reason: 'holiday', name: holiday });
      continue;
    }
    const note = closedNote(day, closed);
    if (note !== null) {
      skipped.push({ day, reason: 'closed', name: { ja: note, en: note } });
      continue;
    }
    dayCount++;
    for (const time of times) {
      const startsAt = at(day, time);
      slots.push({ startsAt, endsAt: startsAt + request.minutes * 60_000 });
    }
  }
  return { slots, dayCount, skipped };
}

/** The planned slots that overlap one another (two start times closer than the length). */
export function selfOverlapping(slots: readonly PlannedSlot[]): PlannedSlot[] {
  const out: PlannedSlot[] = [];
  for (let i = 1; i < slots.length; i++) {
    const previous = slots[i - 1] as PlannedSlot;
    const slot = slots[i] as PlannedSlot;
    if (slot.startsAt < previous.endsAt) out.push(slot);
  }
  return out;
}
