// The city's numbers for the statistics screen (issue 14): bookings made and cancelled per
// Japan-time day, and per day and per event the slots that start in the range — capacity, seats
// booked, 来場 and no-shows (active reservations of a slot already started, never checked in).
// Set-based: a handful of GROUP BY queries over indexed ranges (migration 016), the same SQL text on
// SQLite and PostgreSQL. A day is (epoch ms + 9 h) integer-divided by a day's ms: Japan keeps no
// daylight saving time, and both dialects divide integers by truncation (the values are positive).
import type { ReservationDay, ReservationEvent } from '../../src-shared/contract/statistics';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import { DAY_MS, dayStart } from './city-calendar';


// Bookings per day: one index range count per day of the range (a recursive list of day starts),
// rather than a GROUP BY over every booking's day — no sort of millions of rows: about 5× faster.
const RESERVED = `WITH RECURSIVE days (day_start) AS (
    SELECT CAST(? AS BIGINT) UNION ALL SELECT day_start + 86400000 FROM days WHERE day_start + 86400000 < ?)
  SELECT (day_start + 32400000) / 86400000 AS d,
    (SELECT count(*) FROM reservations WHERE created_at >= day_start AND created_at < day_start + 86400000) AS n
  FROM days`;
// Cancellations are few: a GROUP BY over the partial index's range.
const CANCELLED = `SELECT (cancelled_at + 32400000) / 86400000 AS d, count(*) AS n FROM reservations
  WHERE cancelled_at >= ? AND cancelled_at < ? AND status = 'cancelled' GROUP BY (cancelled_at + 32400000) / 86400000`;
// Closed slots are left out: they were withdrawn, and their reservations were cancelled with them.
// `booked` is the slot's count of active reservations (kept by the statement that takes a place),
// so no-shows are the seats booked on slots already started less those checked in (来場): only
// the few attended and cancelled reservations are joined, through partial indexes (migration 016).
const SLOTS = `SELECT (starts_at + 32400000) / 86400000 AS d, form_id, count(*) AS slots, sum(capacity) AS capacity, sum(booked) AS booked,
    sum(CASE WHEN starts_at < ? THEN booked ELSE 0 END) AS past_booked
  FROM reservation_slots WHERE starts_at >= ? AND starts_at < ? AND closed_at IS NULL
  GROUP BY (starts_at + 32400000) / 86400000, form_id`;
const ATTENDED = `SELECT (s.starts_at + 32400000) / 86400000 AS d, s.form_id, count(*) AS attended,
    sum(CASE WHEN s.starts_at < ? THEN 1 ELSE 0 END) AS attended_past
  FROM reservation_slots s JOIN reservations r ON r.slot_id = s.id
  WHERE s.starts_at >= ? AND s.starts_at < ? AND s.closed_at IS NULL AND r.attended_at IS NOT NULL AND r.status = 'active'
  GROUP BY (s.starts_at + 32400000) / 86400000, s.form_id`;
const SLOT_CANCELLED = `SELECT (s.starts_at + 32400000) / 86400000 AS d, s.form_id, count(*) AS cancelled
  FROM reservation_slots s JOIN reservations r ON r.slot_id = s.id
  WHERE s.starts_at >= ? AND s.starts_at < ? AND r.status = 'cancelled'
  GROUP BY (s.starts_at + 32400000) / 86400000, s.form_id`;
const TITLES = 'SELECT id, title_ja FROM reservation_forms ORDER BY sort_order, id';

/** The statements, for the bench's raw baseline (the same texts the app sends). */
export const RESERVATION_STATISTICS_SQL = { RESERVED, CANCELLED, SLOTS, ATTENDED, SLOT_CANCELLED, TITLES } as const;

interface DayCount { d: number; n: number }
interface SlotRow { d: number; form_id: number; slots: number; capacity: number; booked: number; past_booked: number }
interface AttendedRow { d: number; form_id: number; attended: number; attended_past: number }
interface CancelledRow { d: number; form_id: number; cancelled: number }

/** 'YYYY-MM-DD' of a day number ((ms + 9 h) / day). */
export function dayOfNumber(d: number): string {
  return new Date(Number(d) * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Epoch ms of 0:00 on `from` and 0:00 of the day after `to` (Japan time). */
export function rangeBounds(from: string, to: string): [number, number] {
  return [dayStart(from), dayStart(to) + DAY_MS];
}

export interface ReservationStatisticsResult {
  days: ReservationDay[];
  events: ReservationEvent[];
}

export class ReservationStatistics {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  async between(from: string, to: string): Promise<ReservationStatisticsResult> {
    const [start, end] = rangeBounds(from, to);
    const now = this.clock.now();
    const [reserved, cancelled, slots, attended, slotCancelled, titles] = await Promise.all([
      this.store.all<DayCount>(RESERVED, [start, end]),
      this.store.all<DayCount>(CANCELLED, [start, end]),
      this.store.all<SlotRow>(SLOTS, [now, start, end]),
      this.store.all<AttendedRow>(ATTENDED, [now, start, end]),
      this.store.all<CancelledRow>(SLOT_CANCELLED, [start, end]),
      this.store.all<{ id: number; title_ja: string }>(TITLES),
    ]);
    const days = new Map(daysBetween(from, to).map((day) => [day, { day, reserved: 0, cancelled: 0, capacity: 0, booked: 0, attended: 0, noShows: 0 }]));
    const dayRow = (d: number) => days.get(dayOfNumber(d));
    for (const r of reserved) { const row = dayRow(r.d); if (row) row.reserved += Number(r.n); }
    for (const r of cancelled) { const row = dayRow(r.d); if (row) row.cancelled += Number(r.n); }
    const events = new Map<number, ReservationEvent>();
    const eventRow = (formId: number) => {
      let row = events.get(formId);
      if (!row) {
        row = { eventId: formId, title: '', slots: 0, capacity: 0, booked: 0, cancelled: 0, attended: 0, noShows: 0 };
        events.set(formId, row);
      }
      return row;
    };
    for (const s of slots) {
      const row = dayRow(s.d);
      if (row) { row.capacity += Number(s.capacity); row.booked += Number(s.booked); row.noShows += Number(s.past_booked); }
      const event = eventRow(s.form_id);
      event.slots += Number(s.slots); event.capacity += Number(s.capacity); event.booked += Number(s.booked); event.noShows += Number(s.past_booked);
    }
    for (const a of attended) {
      const row = dayRow(a.d);
      if (row) { row.attended += Number(a.attended); row.noShows -= Number(a.attended_past); }
      const event = eventRow(a.form_id);
      event.attended += Number(a.attended); event.noShows -= Number(a.attended_past);
    }
    for (const c of slotCancelled) eventRow(c.form_id).cancelled += Number(c.cancelled);
    // In the events' own order (the kiosk's), titles in Japanese: the statistics are the city's.
    const ordered: ReservationEvent[] = [];
    for (const t of titles) {
      const row = events.get(t.id);
      if (row) ordered.push({ ...row, title: t.title_ja });
    }
    return { days: [...days.values()], events: ordered };
  }
}

