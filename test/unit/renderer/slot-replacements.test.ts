// Issue 13: when the chosen time filled while the citizen typed, the other free times of the form
// are offered — for a vaccination series only those that keep dose 2 far enough after dose 1.
import { describe, expect, it } from 'vitest';
import { slotReplacement } from '../../../src-renderer/screens/city/slot-replacements';
import type { FormDetail, SlotInfo } from '../../../src-shared/contract/citizen';

const DAY = 24 * 60 * 60_000;
const text = { ja: '', en: '' };
const slot = (id: number, day: number, remaining: number): SlotInfo => ({ id, startsAt: day * DAY, capacity: 5, remaining });
const detail = (slots: SlotInfo[], minDays: number | null): FormDetail => ({
  id: 1, categoryId: 1, title: text, venue: text, description: text, audience: 'anyone', opensAt: 0, closesAt: 0, bookable: true,
  series: minDays === null ? null : { minDays }, slots,
});

describe('slotReplacement', () => {
  it('offers the other times with a place left when the chosen one is full', () => {
    const form = detail([slot(1, 1, 0), slot(2, 2, 3), slot(3, 3, 0), slot(4, 4, 1)], null);
    expect(slotReplacement(form, [1])).toEqual({ index: 0, slots: [slot(2, 2, 3), slot(4, 4, 1)] });
  });

  it('offers nothing to replace when the chosen time has a place again', () => {
    expect(slotReplacement(detail([slot(1, 1, 1), slot(2, 2, 3)], null), [1])).toBeNull();
  });

  it('keeps dose 2 at least minDays after dose 1, whichever of them filled', () => {
    const slots = [slot(1, 1, 0), slot(2, 5, 2), slot(3, 20, 2), slot(4, 22, 0), slot(5, 27, 2), slot(6, 30, 2)];
    // Dose 1 (day 1) filled; dose 2 is on day 27: dose 1 may move up to day 6.
    expect(slotReplacement(detail(slots, 21), [1, 5])?.slots.map((s) => s.id)).toEqual([2]);
    // Dose 2 (day 22) filled; dose 1 is on day 5: dose 2 from day 26 on.
    expect(slotReplacement(detail(slots, 21), [2, 4])).toEqual({ index: 1, slots: [slot(5, 27, 2), slot(6, 30, 2)] });
  });
});
