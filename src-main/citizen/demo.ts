// Demo data of the city-hall area, placed around the clock's "now" so that `npm start` always has
// upcoming slots. The categories, events and slots are a sample file, resources/demo/events.json
// (read by demo-events-file.ts), entered through the event desk exactly as staff enter their own:
// each event saved with `EventDesk.save`, its slots made by bulk generation (so national holidays
// and the city's closed days get none), every step audited. Categories have no staff screen and
// are written directly. On top: one demo citizen (利用者キー hana24680, hanako@example.jp) with a
// tax consultation and the first parenting slot, which that makes 満員.
import type { DemoContext } from '../demo/seed';
import demoEvents from '../../resources/demo/events.json' with { type: 'json' };
import { dayOf } from './city-calendar';
import { DEMO_CITIZEN } from './demo-citizen';
import { demoEventInput, demoSlotPlan, readDemoEvents } from './demo-events-file';
import { ReservationStore } from './reservation-store';

export { DEMO_CITIZEN };

const by = { actor: 'system', terminal: 'demo' };
/** Where the demo citizen's bookings fall among the generated slots of their event, in time order. */
const BOOKED = [
  { event: 3, slot: 12 },
  { event: 1, slot: 0 },
];

export async function seedCitizenDemo({ store, services, clock }: DemoContext): Promise<void> {
  const { catalogStore: catalog, eventDesk, profiles } = services.citizen;
  const file = readDemoEvents(demoEvents);
  const now = clock.now();
  const today = dayOf(now);

  const categories = new Map<string, number>();
  for (const [i, { key, title }] of file.categories.entries()) {
    const { ja, ...titleTr } = title;
    categories.set(key, await catalog.addCategory({ titleJa: ja, titleTr, sortOrder: i + 1 }, now));
  }

  const eventIds: number[] = [];
  for (const entry of file.events) {
    const { eventId } = await eventDesk.save(demoEventInput(entry, categories.get(entry.category) ?? 0, { day: today, now }), by);
    eventIds.push(eventId);
    for (const slot of entry.slots) {
      // A day chosen by its distance from today may be a holiday or closed day: like a clerk, the
      // seeder then takes the next day that has slots (a plan with none is refused).
      let shift = 0;
      while ((await eventDesk.preview(demoSlotPlan(slot, eventId, today, shift))).slotCount === 0 && shift < 14) shift++;
      await eventDesk.generate(demoSlotPlan(slot, eventId, today, shift), by);
    }
  }

  const account = await services.accounts.create('citizen', DEMO_CITIZEN.userKey, DEMO_CITIZEN.name);
  await profiles.insert(
    account.id,
    { phone: DEMO_CITIZEN.phone, email: DEMO_CITIZEN.email, postalCode: '9391234', address: '窓口市本町1丁目2-3' },
    'ja',
    now,
  );
  const reservations = new ReservationStore(store);
  for (const booked of BOOKED) {
    const slot = (await catalog.upcomingSlots(eventIds[booked.event] ?? 0, now, booked.slot + 1))[booked.slot];
    if (!slot || !(await catalog.takePlace(slot.id))) throw new Error(`demo booking ${JSON.stringify(booked)} found no place`);
    await reservations.insert({ slotId: slot.id, accountId: account.id, attendeeName: DEMO_CITIZEN.name, dose: null, firstDoseId: null }, now);
  }
}
