// The reservations table. Rows are never deleted: a cancellation keeps the row with its time, so
// the counter can still see what was booked and when it was given back.
import type { Db } from '../store/database';

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
  titleEn: string | null;
  venueJa: string;
  venueEn: string | null;
}

export interface NewReservation {
  slotId: number;
  accountId: number;
  attendeeName: string;
  dose: 1 | 2 | null;
  firstDoseId: number | null;
}

const SELECT = `SELECT r.id, r.slot_id AS slotId, r.account_id AS accountId, r.attendee_name AS attendeeName, r.dose,
  r.first_dose_id AS firstDoseId, r.status, s.starts_at AS startsAt, f.id AS formId, f.title_ja AS titleJa,
  f.title_en AS titleEn, f.venue_ja AS venueJa, f.venue_en AS venueEn
  FROM reservations r
  JOIN reservation_slots s ON s.id = r.slot_id
  JOIN reservation_forms f ON f.id = s.form_id`;

export class ReservationStore {
  private readonly stmt;

  constructor(db: Db) {
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO reservations (slot_id, account_id, attendee_name, dose, first_dose_id, status, created_at)
         VALUES (@slotId, @accountId, @attendeeName, @dose, @firstDoseId, 'active', @now)`,
      ),
      get: db.prepare<[number], ReservationRow>(`${SELECT} WHERE r.id = ?`),
      // Served by reservations_account; the join reaches slots and forms by primary key.
      upcoming: db.prepare<[number, number], ReservationRow>(
        `${SELECT} WHERE r.account_id = ? AND r.status = 'active' AND s.starts_at > ? ORDER BY s.starts_at, r.id`,
      ),
      countUpcoming: db.prepare<[number, number], { n: number }>(
        `SELECT count(*) AS n FROM reservations r JOIN reservation_slots s ON s.id = r.slot_id
         WHERE r.account_id = ? AND r.status = 'active' AND s.starts_at > ?`,
      ),
      secondDose: db.prepare<[number], ReservationRow>(`${SELECT} WHERE r.first_dose_id = ? AND r.status = 'active'`),
      holds: db.prepare<[number, number], { one: number }>(
        `SELECT 1 AS one FROM reservations WHERE slot_id = ? AND account_id = ? AND status = 'active'`,
      ),
      cancel: db.prepare<[number, number]>(
        `UPDATE reservations SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'active'`,
      ),
    };
  }

  insert(reservation: NewReservation, now: number): number {
    return Number(this.stmt.insert.run({ ...reservation, now }).lastInsertRowid);
  }

  get(id: number): ReservationRow | undefined {
    return this.stmt.get.get(id);
  }

  /** The account's active reservations that have not started yet, earliest first. */
  upcoming(accountId: number, now: number): ReservationRow[] {
    return this.stmt.upcoming.all(accountId, now);
  }

  /** How many active reservations the account has that have not started yet (counter summary). */
  countUpcoming(accountId: number, now: number): number {
    return this.stmt.countUpcoming.get(accountId, now)?.n ?? 0;
  }

  /** The active dose-2 reservation booked with this dose 1, if any. */
  secondDoseOf(firstDoseId: number): ReservationRow | undefined {
    return this.stmt.secondDose.get(firstDoseId);
  }

  holds(slotId: number, accountId: number): boolean {
    return this.stmt.holds.get(slotId, accountId) !== undefined;
  }

  /** False when the reservation was already cancelled (by another terminal, say). */
  cancel(id: number, now: number): boolean {
    return this.stmt.cancel.run(now, id).changes === 1;
  }
}
