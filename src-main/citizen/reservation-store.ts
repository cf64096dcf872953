// The reservations table. Rows are never deleted: a cancellation keeps the row with its time, so
// the counter can still see what was booked and when it was given back.
import type { Store } from '../store/store';
import { insertedId } from '../store/inserted-id';

export interface ReservationRow {
  id: number;
  slotId: number;
  accountId: number;
  attendeeName: string;
  dose: 1 | 2 | null;
  firstDoseId: number | null;
  status: 'active' | 'cancelled';
  startsAt: number;
  formId: number;
  titleJa: string;
  titleTr: string;
  venueJa: string;
  venueTr: string;
  /** The event's cancellation deadline in hours before the start (issue 14). */
  cancelHours: number;
}

export interface NewReservation {
  slotId: number;
  accountId: number;
  attendeeName: string;
  dose: 1 | 2 | null;
  firstDoseId: number | null;
}

const SELECT = `SELECT r.id, r.slot_id AS "slotId", r.account_id AS "accountId", r.attendee_name AS "attendeeName", r.dose,
  r.first_dose_id AS "firstDoseId", r.status, s.starts_at AS "startsAt", f.id AS "formId", f.title_ja AS "titleJa",
  f.title_tr AS "titleTr", f.venue_ja AS "venueJa", f.venue_tr AS "venueTr", f.cancel_hours AS "cancelHours"
  FROM reservations r
  JOIN reservation_slots s ON s.id = r.slot_id
  JOIN reservation_forms f ON f.id = s.form_id`;

const INSERT = `INSERT INTO reservations (slot_id, account_id, attendee_name, dose, first_dose_id, status, created_at)
  VALUES (@slotId, @accountId, @attendeeName, @dose, @firstDoseId, 'active', @now)
  RETURNING id`;
const BY_ID = `${SELECT} WHERE r.id = ?`;
// Only the reservation row is locked (OF r): its slot and form stay free for other bookings.
const BY_ID_FOR_UPDATE = `${SELECT} WHERE r.id = ? FOR UPDATE OF r`;
// Served by reservations_account; the join reaches slots and forms by primary key.
const UPCOMING = `${SELECT} WHERE r.account_id = ? AND r.status = 'active' AND s.starts_at > ? ORDER BY s.starts_at, r.id`;
const COUNT_UPCOMING = `SELECT count(*) AS n FROM reservations r JOIN reservation_slots s ON s.id = r.slot_id
  WHERE r.account_id = ? AND r.status = 'active' AND s.starts_at > ?`;
const SECOND_DOSE_FOR_UPDATE = `${SELECT} WHERE r.first_dose_id = ? AND r.status = 'active' FOR UPDATE OF r`;
const HOLDS = `SELECT 1 AS one FROM reservations WHERE slot_id = ? AND account_id = ? AND status = 'active'`;
const CANCEL = `UPDATE reservations SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'active'`;

export class ReservationStore {
  constructor(private readonly store: Store) {}

  async insert(reservation: NewReservation, now: number): Promise<number> {
    const { slotId, accountId, attendeeName, dose, firstDoseId } = reservation;
    return insertedId(await this.store.get<{ id: number }>(INSERT, { slotId, accountId, attendeeName, dose, firstDoseId, now }));
  }

  get(id: number): Promise<ReservationRow | undefined> {
    return this.store.get<ReservationRow>(BY_ID, [id]);
  }

  /** The reservation, row-locked until the caller's transaction ends: for a read followed by cancel. */
  getForUpdate(id: number): Promise<ReservationRow | undefined> {
    return this.store.get<ReservationRow>(BY_ID_FOR_UPDATE, [id]);
  }

  /** The account's active reservations that have not started yet, earliest first. */
  upcoming(accountId: number, now: number): Promise<ReservationRow[]> {
    return this.store.all<ReservationRow>(UPCOMING, [accountId, now]);
  }

  /** How many active reservations the account has that have not started yet (counter summary). */
  async countUpcoming(accountId: number, now: number): Promise<number> {
    return (await this.store.get<{ n: number }>(COUNT_UPCOMING, [accountId, now]))?.n ?? 0;
  }

  /** The active dose-2 reservation booked with this dose 1, if any, row-locked like getForUpdate. */
  secondDoseOf(firstDoseId: number): Promise<ReservationRow | undefined> {
    return this.store.get<ReservationRow>(SECOND_DOSE_FOR_UPDATE, [firstDoseId]);
  }

  async holds(slotId: number, accountId: number): Promise<boolean> {
    return (await this.store.get(HOLDS, [slotId, accountId])) !== undefined;
  }

  /** False when the reservation was already cancelled (by another terminal, say). */
  async cancel(id: number, now: number): Promise<boolean> {
    return (await this.store.run(CANCEL, [now, id])).changes === 1;
  }
}
