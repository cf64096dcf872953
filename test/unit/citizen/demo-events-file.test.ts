// The demo's sample events file is read with the staff screens' own schemas: a mistake in it stops
// the seeder naming the field, and the placeholders become last year's numbers.
import { describe, expect, it } from 'vitest';
import demoEvents from '../../../resources/demo/events.json' with { type: 'json' };
import { demoEventInput, demoSlotPlan, readDemoEvents } from '../../../src-main/citizen/demo-events-file';

const today = { day: '2026-01-05', now: Date.parse('2026-01-05T00:00:00Z') };

function copy(): unknown {
  return structuredClone(demoEvents) as unknown;
}

/** The file's first event, as the seeder turns it into the event desk's input. */
function firstEventInput(raw: unknown) {
  const entry = readDemoEvents(raw).events[0];
  if (!entry) throw new Error('no entry');
  return demoEventInput(entry, 1, today);
}

describe('demo events file', () => {
  it('turns the entries into event and slot-plan inputs with last year filled in', () => {
    const file = readDemoEvents(copy());
    const tax = file.events[3];
    if (!tax) throw new Error('no tax entry');
    const input = demoEventInput(tax, 4, today);
    expect(input.titleJa).toBe('令和7年分 確定申告相談会');
    expect(input.translations.en?.title).toBe('Tax return consultation for 2025');
    expect([input.opensOn, input.closesOn]).toEqual(['2025-12-22', '2026-02-18']);
    const slots = tax.slots[0];
    if (!slots) throw new Error('no slot plan');
    const plan = demoSlotPlan(slots, 4, today.day);
    expect([plan.from, plan.to, plan.capacity, plan.minutes]).toEqual(['2026-01-06', '2026-02-14', 3, 30]);
  });

  it('fails loudly on a bad event field, an unknown key or an unknown category', () => {
    const bad = copy() as { events: { event: Record<string, unknown>; category: string }[] };
    const first = bad.events[0];
    if (!first) throw new Error('no entry');
    first.event.slotCapacity = '0';
    expect(() => firstEventInput(bad)).toThrow(/slotCapacity/);
    first.event.slotCapacity = '20';
    first.event.colour = 'red';
    expect(() => firstEventInput(bad)).toThrow(/colour/);
    delete first.event.colour;
    first.category = 'sports';
    expect(() => readDemoEvents(bad)).toThrow(/unknown category/);
  });
});
