// City-hall reservations: a catalogue of categories and forms, slots spread over the past year and
// the next months, ~50 reservations per slot, and a block of slots one place short of full for
// the reservation measurement.
import type { SqliteDb } from '../../../src-main/store/sqlite-store';
import { inChunks } from './bulk-load';
import type { Layout } from './layout';
import { SESSION_CITIZENS } from './layout';
import type { Random } from './random';
import type { Sizes } from './sizes';

const DAY = 86_400_000;
const PER_SLOT = 50;
const CAPACITY = 60;
const FORMS = 60;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export interface ReservationPlan {
  nearlyFullSlotIds: number[];
}

export function insertReservations(db: SqliteDb, sizes: Sizes, layout: Layout, random: Random, now: number): ReservationPlan {
  const category = db.prepare('INSERT INTO reservation_categories (id, title_ja, title_tr, sort_order, created_at) VALUES (?, ?, ?, ?, ?)');
  const form = db.prepare(
    `INSERT INTO reservation_forms (id, category_id, title_ja, title_tr, venue_ja, venue_tr, opens_at, closes_at, series, sort_order, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const slot = db.prepare('INSERT INTO reservation_slots (id, form_id, starts_at, capacity, booked) VALUES (?, ?, ?, ?, ?)');
  const reservation = db.prepare(
    `INSERT INTO reservations (id, slot_id, account_id, attendee_name, status, created_at) VALUES (?, ?, ?, ?, 'active', ?)`,
  );
  const titles = [['相談・教室', 'Consultations and classes'], ['確定申告相談', 'Tax return help'], ['健康診断', 'Health check-ups']] as const;
  db.transaction(() => {
    titles.forEach(([ja, en], i) => category.run(i + 1, ja, JSON.stringify({ en }), i, now));
    for (let f = 1; f <= FORMS; f++) {
      form.run(f, 1 + (f % titles.length), `講座 ${f}`, JSON.stringify({ en: `Course ${f}` }), '射水市役所 本庁舎', JSON.stringify({ en: 'Imizu City Hall' }), now - 400 * DAY, now + 3_650 * DAY, f, now);
    }
  })();

  const nearlyFull = layout.targets;
  const nearlyFullRows = nearlyFull * (CAPACITY - 1);
  const ordinarySlots = Math.max(1, Math.ceil(Math.max(0, sizes.reservations - nearlyFullRows) / PER_SLOT));
  const citizens = sizes.citizens;
  // A multiplier coprime to the number of citizens spreads each slot's places over the city.
  const spread = gcd(7_919, citizens) === 1 ? 7_919 : 1;
  const citizenName = db.prepare<[number], { display_name: string }>('SELECT display_name FROM accounts WHERE id = ?');
  const names = Array.from({ length: 64 }, (_, k) => citizenName.get(layout.citizenBase + 1 + k)?.display_name ?? '市民');

  let rowId = 0;
  inChunks(db, ordinarySlots, (s) => {
    const id = s + 1;
    // A quarter of the slots are still to come: a citizen has one or two upcoming reservations.
    const startsAt = now + (random.chance(0.25) ? 1 + random.int(120) : -random.int(365)) * DAY + 9 * 3_600_000;
    slot.run(id, 1 + (s % (FORMS - 1)), startsAt, CAPACITY, PER_SLOT);
    for (let k = 0; k < PER_SLOT; k++) {
      const c = ((s * PER_SLOT + k) * spread) % citizens;
      reservation.run(++rowId, id, layout.citizenBase + 1 + c, names[c % names.length] as string, startsAt - 30 * DAY);
    }
  }, 20_000);

  // The nearly-full slots belong to the last form and are held by citizens other than the session
  // citizens, who book the last place of each in turn.
  const nearlyFullSlotIds: number[] = [];
  const others = citizens - SESSION_CITIZENS;
  inChunks(db, nearlyFull, (n) => {
    const id = ordinarySlots + n + 1;
    nearlyFullSlotIds.push(id);
    slot.run(id, FORMS, now + (30 + (n % 300)) * DAY, CAPACITY, CAPACITY - 1);
    for (let k = 0; k < CAPACITY - 1; k++) {
      const c = SESSION_CITIZENS + ((n * (CAPACITY - 1) + k) % others);
      reservation.run(++rowId, id, layout.citizenBase + 1 + c, names[c % names.length] as string, now - DAY);
    }
  }, 2_000);
  return { nearlyFullSlotIds };
}
