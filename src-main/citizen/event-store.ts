// The back office's SQL over the reservation catalogue (issue 14): events as staff edit them,
// slots by month, capacity and closing, attendee lists and 来場, and the city's closed days. The
// booking statements themselves stay in catalog-store.ts and reservation-store.ts.
import type { Store } from '../store/store';
import { insertedId } from '../store/inserted-id';

export interface EventRow {
  id: number;
  categoryId: number;
  categoryJa: string;
  categoryTr: string;
  titleJa: string;
  titleTr: string;
  venueJa: string;
  venueTr: string;
  descriptionJa: string;
  descriptionTr: string;
  mailNoteJa: string;
  mailNoteTr: string;
  audience: 'anyone' | 'residents';
  slotCapacity: number | null;
  opensAt: number;
  closesAt: number;
  cancelHours: number;
  series: number;
  doseIntervalDays: number | null;
  slotCount: number;
}

export interface EventFields {
  categoryId: number;
  titleJa: string;
  titleTr: string;
  venueJa: string;
  venueTr: string;
  descriptionJa: string;
  descriptionTr: string;
  mailNoteJa: string;
  mailNoteTr: string;
  audience: 'anyone' | 'residents';
  slotCapacity: number;
  opensAt: number;
  closesAt: number;
  cancelHours: number;
  series: number;
  doseIntervalDays: number | null;
}

export interface AdminSlotRow {
  id: number;
  formId: number;
  startsAt: number;
  endsAt: number | null;
  capacity: number;
  booked: number;
  closedAt: number | null;
  everBooked: number;
}

export interface AttendeeRow {
  reservationId: number;
  slotId: number;
  startsAt: number;
  accountId: number;
  name: string;
  dose: number | null;
  firstDoseId: number | null;
  attendedAt: number | null;
  userKey: string;
  phone: string | null;
  email: string | null;
  locale: 'ja' | 'en';
}

export interface ClosedDayRow {
  day: string;
  note: string;
}

const EVENT = `SELECT f.id, f.category_id AS "categoryId", c.title_ja AS "categoryJa", c.title_tr AS "categoryTr",
  f.title_ja AS "titleJa", f.title_tr AS "titleTr", f.venue_ja AS "venueJa", f.venue_tr AS "venueTr",
  f.description_ja AS "descriptionJa", f.description_tr AS "descriptionTr", f.mail_note_ja AS "mailNoteJa", f.mail_note_tr AS "mailNoteTr", f.audience, f.slot_capacity AS "slotCapacity",
  f.opens_at AS "opensAt", f.closes_at AS "closesAt", f.cancel_hours AS "cancelHours", f.series,
  f.dose_interval_days AS "doseIntervalDays",
  (SELECT count(*) FROM reservation_slots s WHERE s.form_id = f.id AND s.closed_at IS NULL) AS "slotCount"
  FROM reservation_forms f JOIN reservation_categories c ON c.id = f.category_id`;
const EVENTS = `${EVENT} ORDER BY c.sort_order, c.id, f.sort_order, f.id`;
const EVENT_BY_ID = `${EVENT} WHERE f.id = ?`;
const CATEGORIES = 'SELECT id, title_ja AS "titleJa", title_tr AS "titleTr" FROM reservation_categories ORDER BY sort_order, id';
const CATEGORY_EXISTS = 'SELECT 1 AS one FROM reservation_categories WHERE id = ?';

const INSERT_EVENT = `INSERT INTO reservation_forms (category_id, title_ja, title_tr, venue_ja, venue_tr, description_ja, description_tr,
    mail_note_ja, mail_note_tr, audience, slot_capacity, opens_at, closes_at, cancel_hours, series, dose_interval_days, sort_order, created_at, updated_at)
  VALUES (@categoryId, @titleJa, @titleTr, @venueJa, @venueTr, @descriptionJa, @descriptionTr,
    @mailNoteJa, @mailNoteTr, @audience, @slotCapacity, @opensAt, @closesAt, @cancelHours, @series, @doseIntervalDays,
    (SELECT coalesce(max(sort_order), 0) + 1 FROM reservation_forms WHERE category_id = @categoryId), @now, @now)
  RETURNING id`;
const UPDATE_EVENT = `UPDATE reservation_forms SET category_id = @categoryId, title_ja = @titleJa, title_tr = @titleTr,
  venue_ja = @venueJa, venue_tr = @venueTr, description_ja = @descriptionJa, description_tr = @descriptionTr,
  mail_note_ja = @mailNoteJa, mail_note_tr = @mailNoteTr,
  audience = @audience, slot_capacity = @slotCapacity, opens_at = @opensAt, closes_at = @closesAt,
  cancel_hours = @cancelHours, series = @series, dose_interval_days = @doseIntervalDays, updated_at = @now
  WHERE id = @id`;
const HAS_RESERVATIONS = `SELECT 1 AS one FROM reservations r JOIN reservation_slots s ON s.id = r.slot_id
  WHERE s.form_id = ? LIMIT 1`;

const ADMIN_SLOT = `SELECT s.id, s.form_id AS "formId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.capacity, s.booked,
  s.closed_at AS "closedAt",
  CASE WHEN EXISTS (SELECT 1 FROM reservations r WHERE r.slot_id = s.id) THEN 1 ELSE 0 END AS "everBooked"
  FROM reservation_slots s`;
const SLOTS_BETWEEN = `${ADMIN_SLOT} WHERE s.form_id = ? AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.id`;
const ADMIN_SLOT_BY_ID = `${ADMIN_SLOT} WHERE s.id = ?`;
const ADMIN_SLOT_FOR_UPDATE = `${ADMIN_SLOT} WHERE s.id = ? FOR UPDATE OF s`;
// Open slots of the event whose time meets [start, end). A slot from before the back office has no
// end and counts as the moment it starts.
const OVERLAPPING = `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt" FROM reservation_slots
  WHERE form_id = ? AND closed_at IS NULL AND starts_at < ? AND coalesce(ends_at, starts_at + 1) > ?
  ORDER BY starts_at, id LIMIT 1`;
const OPEN_SLOTS_BETWEEN = `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt" FROM reservation_slots
  WHERE form_id = ? AND closed_at IS NULL AND starts_at < ? AND coalesce(ends_at, starts_at + 1) > ? ORDER BY starts_at, id`;
const INSERT_SLOT = 'INSERT INTO reservation_slots (form_id, starts_at, ends_at, capacity) VALUES (?, ?, ?, ?)';
// The check and the change are one statement, so a booking that lands between the clerk's reading
// and this write can never leave booked above capacity (the table's CHECK would refuse it anyway).
const SET_CAPACITY = 'UPDATE reservation_slots SET capacity = ? WHERE id = ? AND booked <= ? AND closed_at IS NULL';
const CLOSE_SLOT = 'UPDATE reservation_slots SET closed_at = ?, booked = 0 WHERE id = ? AND closed_at IS NULL';
const DELETE_EMPTY_SLOT = `DELETE FROM reservation_slots WHERE id = ? AND booked = 0
  AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.slot_id = reservation_slots.id)`;

const ATTENDEE = `SELECT r.id AS "reservationId", r.slot_id AS "slotId", s.starts_at AS "startsAt", r.account_id AS "accountId",
  r.attendee_name AS name, r.dose, r.first_dose_id AS "firstDoseId", r.attended_at AS "attendedAt", a.login_id AS "userKey",
  p.phone, p.email, coalesce(p.locale, 'ja') AS locale
  FROM reservations r
  JOIN reservation_slots s ON s.id = r.slot_id
  JOIN accounts a ON a.id = r.account_id
  LEFT JOIN citizen_profiles p ON p.account_id = r.account_id`;
const ATTENDEES_OF_SLOT = `${ATTENDEE} WHERE r.slot_id = ? AND r.status = 'active' ORDER BY r.id`;
const ATTENDEES_BETWEEN = `${ATTENDEE} WHERE s.form_id = ? AND s.starts_at >= ? AND s.starts_at < ? AND r.status = 'active'
  ORDER BY s.starts_at, s.id, r.id`;
const PARTNER_FOR_UPDATE = `${ATTENDEE} WHERE r.status = 'active' AND (r.first_dose_id = ? OR r.id = ?) FOR UPDATE OF r`;
const RESERVATION_FORM = `SELECT s.form_id AS "formId" FROM reservations r JOIN reservation_slots s ON s.id = r.slot_id
  WHERE r.id = ? AND r.status = 'active'`;
const SET_ATTENDED = 'UPDATE reservations SET attended_at = ? WHERE id = ? AND status = \'active\'';

const CLOSED_DAYS = 'SELECT day, note FROM closed_days ORDER BY day';
const ADD_CLOSED_DAY = 'INSERT INTO closed_days (day, note) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET note = excluded.note';
const REMOVE_CLOSED_DAY = 'DELETE FROM closed_days WHERE day = ?';

export interface SlotTime {
  id: number;
  startsAt: number;
  endsAt: number | null;
}

export class EventStore {
  constructor(private readonly store: Store) {}

  events(): Promise<EventRow[]> {
    return this.store.all<EventRow>(EVENTS);
  }

  event(id: number): Promise<EventRow | undefined> {
    return this.store.get<EventRow>(EVENT_BY_ID, [id]);
  }

  categories(): Promise<{ id: number; titleJa: string; titleTr: string | null }[]> {
    return this.store.all(CATEGORIES);
  }

  async categoryExists(id: number): Promise<boolean> {
    return (await this.store.get(CATEGORY_EXISTS, [id])) !== undefined;
  }

  async insertEvent(fields: EventFields, now: number): Promise<number> {
    return insertedId(await this.store.get<{ id: number }>(INSERT_EVENT, { ...fields, now }));
  }

  async updateEvent(id: number, fields: EventFields, now: number): Promise<boolean> {
    return (await this.store.run(UPDATE_EVENT, { ...fields, id, now })).changes === 1;
  }

  async hasReservations(eventId: number): Promise<boolean> {
    return (await this.store.get(HAS_RESERVATIONS, [eventId])) !== undefined;
  }

  slotsBetween(eventId: number, from: number, to: number): Promise<AdminSlotRow[]> {
    return this.store.all<AdminSlotRow>(SLOTS_BETWEEN, [eventId, from, to]);
  }

  slot(id: number): Promise<AdminSlotRow | undefined> {
    return this.store.get<AdminSlotRow>(ADMIN_SLOT_BY_ID, [id]);
  }

  slotForUpdate(id: number): Promise<AdminSlotRow | undefined> {
    return this.store.get<AdminSlotRow>(ADMIN_SLOT_FOR_UPDATE, [id]);
  }

  /** The first open slot of the event that overlaps [start, end), if any. */
  overlapping(eventId: number, start: number, end: number): Promise<SlotTime | undefined> {
    return this.store.get<SlotTime>(OVERLAPPING, [eventId, end, start]);
  }

  /** Open slots of the event that meet [from, to), for checking a whole plan with one read. */
  openSlotsMeeting(eventId: number, from: number, to: number): Promise<SlotTime[]> {
    return this.store.all<SlotTime>(OPEN_SLOTS_BETWEEN, [eventId, to, from]);
  }

  async insertSlot(eventId: number, startsAt: number, endsAt: number, capacity: number): Promise<void> {
    await this.store.run(INSERT_SLOT, [eventId, startsAt, endsAt, capacity]);
  }

  /** False when seats taken exceed the new capacity (or the slot is closed or gone). */
  async setCapacity(slotId: number, capacity: number): Promise<boolean> {
    return (await this.store.run(SET_CAPACITY, [capacity, slotId, capacity])).changes === 1;
  }

  async closeSlot(slotId: number, now: number): Promise<boolean> {
    return (await this.store.run(CLOSE_SLOT, [now, slotId])).changes === 1;
  }

  /** False when any reservation ever named the slot: such a slot is closed, never deleted. */
  async deleteEmptySlot(slotId: number): Promise<boolean> {
    return (await this.store.run(DELETE_EMPTY_SLOT, [slotId])).changes === 1;
  }

  attendeesOfSlot(slotId: number): Promise<AttendeeRow[]> {
    return this.store.all<AttendeeRow>(ATTENDEES_OF_SLOT, [slotId]);
  }

  attendeesBetween(eventId: number, from: number, to: number): Promise<AttendeeRow[]> {
    return this.store.all<AttendeeRow>(ATTENDEES_BETWEEN, [eventId, from, to]);
  }

  /** The active reservations linked with this one in a series (its dose 2, or itself), row-locked. */
  linkedForUpdate(reservationId: number, firstDoseId: number | null): Promise<AttendeeRow[]> {
    return this.store.all<AttendeeRow>(PARTNER_FOR_UPDATE, [reservationId, firstDoseId ?? reservationId]);
  }

  async eventOfReservation(reservationId: number): Promise<number | undefined> {
    return (await this.store.get<{ formId: number }>(RESERVATION_FORM, [reservationId]))?.formId;
  }

  async setAttended(reservationId: number, at: number | null): Promise<boolean> {
    return (await this.store.run(SET_ATTENDED, [at, reservationId])).changes === 1;
  }

  closedDays(): Promise<ClosedDayRow[]> {
    return this.store.all<ClosedDayRow>(CLOSED_DAYS);
  }

  async addClosedDay(day: string, note: string): Promise<void> {
    await this.store.run(ADD_CLOSED_DAY, [day, note]);
  }

  async removeClosedDay(day: string): Promise<boolean> {
    return (await this.store.run(REMOVE_CLOSED_DAY, [day])).changes === 1;
  }
}
