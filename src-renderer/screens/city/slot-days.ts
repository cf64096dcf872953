// A form can offer well over a hundred times. Shown as one list they make a wall of buttons, so the
// detail screen first offers the days (in Japan time, whatever the kiosk's own zone) and then only
// that day's times.
import { CITY_TIME_ZONE } from '../../../src-shared/japanese-date';

export interface SlotLike {
  readonly id: number;
  readonly startsAt: number;
  readonly remaining: number;
}

export interface SlotDay<S extends SlotLike> {
  /** YYYY-MM-DD in Japan time. */
  readonly key: string;
  /** The first slot's start, for formatting the day. */
  readonly startsAt: number;
  readonly slots: readonly S[];
  /** Places left over all the day's times. */
  readonly remaining: number;
}

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: CITY_TIME_ZONE,
});

export function dayKey(epochMs: number): string {
  return dayKeyFormat.format(epochMs);
}

/** Slots grouped by their day, days and times in time order. */
export function groupSlotsByDay<S extends SlotLike>(slots: readonly S[]): SlotDay<S>[] {
  const sorted = [...slots].sort((a, b) => a.startsAt - b.startsAt);
  const days: { key: string; startsAt: number; slots: S[]; remaining: number }[] = [];
  for (const slot of sorted) {
    const key = dayKey(slot.startsAt);
    const last = days.at(-1);
    if (last?.key === key) {
      last.slots.push(slot);
      last.remaining += slot.remaining;
    } else {
      days.push({ key, startsAt: slot.startsAt, slots: [slot], remaining: slot.remaining });
    }
  }
  return days;
}

/** The day to show: the one the user picked if it is still offered, else the first with a place left. */
export function dayToShow<S extends SlotLike>(days: readonly SlotDay<S>[], picked: string | null): SlotDay<S> | null {
  return days.find((d) => d.key === picked) ?? days.find((d) => d.remaining > 0) ?? days[0] ?? null;
}
