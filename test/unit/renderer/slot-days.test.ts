// The city form detail groups its slots by day in Japan time: a slot at 23:30 UTC belongs to the
// next day in Tokyo, and the day shown first is the first one with a place left.
import { describe, expect, it } from 'vitest';
import { dayToShow, groupSlotsByDay } from '../../../src-renderer/screens/city/slot-days';

const at = (iso: string): number => Date.parse(iso);

describe('groupSlotsByDay', () => {
  const slots = [
    { id: 3, startsAt: at('2026-01-07T04:30:00+09:00'), remaining: 0 },
    { id: 1, startsAt: at('2026-01-06T09:00:00+09:00'), remaining: 0 },
    { id: 2, startsAt: at('2026-01-06T23:30:00+09:00'), remaining: 2 },
    { id: 4, startsAt: at('2026-01-07T13:30:00+09:00'), remaining: 3 },
  ];

  it('groups by the Japan date in time order and sums the places left', () => {
    const days = groupSlotsByDay(slots);
    expect(days.map((d) => [d.key, d.slots.map((s) => s.id), d.remaining])).toEqual([
      ['2026-01-06', [1, 2], 2],
      ['2026-01-07', [3, 4], 3],
    ]);
  });

  it('shows the picked day, else the first day with a place left', () => {
    const days = groupSlotsByDay([slots[1]!, slots[0]!, slots[3]!]);
    expect(dayToShow(days, null)?.key).toBe('2026-01-07');
    expect(dayToShow(days, '2026-01-06')?.key).toBe('2026-01-06');
    expect(dayToShow(days, '2030-01-01')?.key).toBe('2026-01-07');
    expect(dayToShow([], null)).toBeNull();
  });
});
