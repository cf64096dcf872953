// When a chosen time filled while the citizen was typing their details (another terminal took the
// last place), the reservation screen keeps the details and offers the form's other times instead:
// for a vaccination series only those that still keep dose 2 far enough after dose 1.
import type { FormDetail, SlotInfo } from '../../../src-shared/contract/citizen';

const DAY = 24 * 60 * 60_000;

export interface SlotReplacement {
  /** Which chosen time filled: 0 (the time, or dose 1) or 1 (dose 2). */
  index: 0 | 1;
  /** The times with a place left that may take its place, earliest first. */
  slots: SlotInfo[];
}

/**
 * The first chosen time that is full now (by the form's fresh detail) and the times that may replace
 * it; null when none of them is full any more (a place was given back meanwhile).
 */
export function slotReplacement(detail: FormDetail, chosenIds: readonly number[]): SlotReplacement | null {
  const chosen = chosenIds.map((id) => detail.slots.find((s) => s.id === id));
  const index = chosen.findIndex((s) => !s || s.remaining === 0);
  if (index !== 0 && index !== 1) return null;
  const gap = (detail.series?.minDays ?? 0) * DAY;
  const other = chosen[index === 0 ? 1 : 0];
  const fits = (slot: SlotInfo): boolean => {
    if (!detail.series || !other) return true;
    return index === 0 ? other.startsAt - slot.startsAt >= gap : slot.startsAt - other.startsAt >= gap;
  };
  const slots = detail.slots.filter((s) => s.remaining > 0 && !chosenIds.includes(s.id) && fits(s));
  return { index, slots };
}
