// The back office of city-hall events (issue 14): what staff with event_management do. Every change
// is audited in the transaction that makes it; closing a slot cancels its reservations (and the
// other dose of a series) and queues one mail per citizen in that same transaction, so either the
// slot is closed and everyone is told, or nothing happened.
import type { z } from 'zod';
import type { LocalizedText } from '../../src-shared/contract/citizen';
import type {
  AdminSlot, Attendee, attendeeQuery, ClosedDay, closedDayInput, EventDetail, eventInput, EventSummary, EventTranslation,
  SlotClosing, SlotPlan, slotPlanInput, TranslatedLocale,
} from '../../src-shared/contract/events';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import { writeCsvExport, type WrittenExport } from '../export/csv-file';
import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';
import type { CatalogStore } from './catalog-store';
import { addDays, dayOf, dayStart } from './city-calendar';
import { attendeeTable } from './attendee-csv';
import type { AdminSlotRow, AttendeeRow, EventFields, EventRow, EventStore, SlotTime } from './event-store';
import { localized, translationsJson } from '../store/translations-column';
import { locales } from '../../src-shared/locales';
import { type MailedReservation, slotClosedMail } from './mails';
import type { ReservationStore } from './reservation-store';
import { planSlots, selfOverlapping, type Plan } from './slot-plan';

const translatedLocales = locales.filter((l): l is TranslatedLocale => l !== 'ja');

type EventInput = z.output<typeof eventInput>;
type SlotPlanInput = z.output<typeof slotPlanInput>;
type AttendeeQuery = z.output<typeof attendeeQuery>;
type ClosedDayInput = z.output<typeof closedDayInput>;

export interface EventDeskDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  mailer: Mailer;
  events: EventStore;
  catalogStore: CatalogStore;
  reservationStore: ReservationStore;
  /** The data folder, whose exports/ receives the CSV files. */
  dataDir: string;
}

export function toSummary(row: EventRow): EventSummary {
  return {
    id: row.id,
    categoryId: row.categoryId,
    category: localized(row.categoryJa, row.categoryTr),
    title: localized(row.titleJa, row.titleTr),
    venue: localized(row.venueJa, row.venueTr),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    series: row.series === 1,
    slotCount: row.slotCount,
  };
}

function toAdminSlot(row: AdminSlotRow): AdminSlot {
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    capacity: row.capacity,
    booked: row.booked,
    closed: row.closedAt !== null,
    everBooked: row.everBooked === 1,
  };
}

function toAttendee(row: AttendeeRow): Attendee {
  return {
    reservationId: row.reservationId,
    slotId: row.slotId,
    startsAt: row.startsAt,
    name: row.name,
    phone: row.phone,
    userKey: row.userKey,
    dose: row.dose,
    attended: row.attendedAt !== null,
  };
}

const audit = (by: Actor, action: string, target: string | null, detail: Record<string, string | number | boolean | null>) => ({
  ...by,
  action,
  target,
  outcome: 'ok' as const,
  detail,
});

export class EventDesk {
  constructor(private readonly d: EventDeskDeps) {}

  async list(): Promise<{ categories: { id: number; title: LocalizedText }[]; events: EventSummary[] }> {
    const categories = (await this.d.events.categories()).map((c) => ({ id: c.id, title: localized(c.titleJa, c.titleTr) }));
    return { categories, events: (await this.d.events.events()).map(toSummary) };
  }

  async get(eventId: number): Promise<EventDetail> {
    const row = await this.d.events.event(eventId);
    if (!row) throw new DomainError('not_found');
    return {
      eventId: row.id,
      categoryId: row.categoryId,
      titleJa: row.titleJa,
      descriptionJa: row.descriptionJa,
      venueJa: row.venueJa,
      mailNoteJa: row.mailNoteJa,
      translations: translationsByLocale(
        localized(row.titleJa, row.titleTr),
        localized(row.venueJa, row.venueTr),
        localized(row.descriptionJa, row.descriptionTr),
        localized(row.mailNoteJa, row.mailNoteTr),
      ),
      audience: row.audience,
      slotCapacity: String(row.slotCapacity ?? ''),
      opensOn: dayOf(row.opensAt),
      // closesAt is the midnight after the last day of the window.
      closesOn: dayOf(row.closesAt - 1),
      cancelHours: String(row.cancelHours),
      series: row.series === 1,
      doseIntervalDays: row.doseIntervalDays === null ? '' : String(row.doseIntervalDays),
    };
  }

  /** Creates (eventId null) or edits an event. */
  save(input: EventInput, by: Actor): Promise<{ eventId: number }> {
    const { store, events, clock } = this.d;
    return store.transaction(async () => {
      const now = clock.now();
      if (!(await events.categoryExists(input.categoryId))) throw new DomainError('invalid_input', { categoryId: 'invalid' });
      const fields: EventFields = {
        categoryId: input.categoryId,
        titleJa: input.titleJa,
        titleTr: translationsJson(fieldOf(input.translations, 'title')),
        venueJa: input.venueJa,
        venueTr: translationsJson(fieldOf(input.translations, 'venue')),
        descriptionJa: input.descriptionJa ?? '',
        descriptionTr: translationsJson(fieldOf(input.translations, 'description')),
        mailNoteJa: input.mailNoteJa ?? '',
        mailNoteTr: translationsJson(fieldOf(input.translations, 'mailNote')),
        audience: input.audience,
        slotCapacity: input.slotCapacity,
        opensAt: dayStart(input.opensOn),
        closesAt: dayStart(addDays(input.closesOn, 1)),
        cancelHours: input.cancelHours,
        series: input.series ? 1 : 0,
        doseIntervalDays: input.series ? input.doseIntervalDays : null,
      };
      if (input.eventId === null) {
        // A new event whose window has already ended could never be booked.
        if (fields.closesAt <= now) throw new DomainError('invalid_input', { closesOn: 'too_small' });
        const eventId = await events.insertEvent(fields, now);
        await this.d.audit.append(audit(by, 'event.create', `event:${eventId}`, { category: input.categoryId, series: input.series }));
        return { eventId };
      }
      const before = await events.event(input.eventId);
      if (!before) throw new DomainError('not_found');
      // Bookings already made are single or paired; turning one kind into the other would strand them.
      if ((before.series === 1) !== input.series && (await events.hasReservations(before.id))) {
        throw new DomainError('invalid_input', { series: 'invalid' });
      }
      await events.updateEvent(before.id, fields, now);
      await this.d.audit.append(audit(by, 'event.update', `event:${before.id}`, { category: input.categoryId, series: input.series }));
      return { eventId: before.id };
    });
  }

  async closedDays(): Promise<ClosedDay[]> {
    return this.d.events.closedDays();
  }

  addClosedDay(input: ClosedDayInput, by: Actor): Promise<ClosedDay[]> {
    return this.d.store.transaction(async () => {
      await this.d.events.addClosedDay(input.day, input.note);
      await this.d.audit.append(audit(by, 'event.closed_day.add', null, { day: input.day }));
      return this.d.events.closedDays();
    });
  }

  removeClosedDay(day: string, by: Actor): Promise<ClosedDay[]> {
    return this.d.store.transaction(async () => {
      if (!(await this.d.events.removeClosedDay(day))) throw new DomainError('not_found');
      await this.d.audit.append(audit(by, 'event.closed_day.remove', null, { day }));
      return this.d.events.closedDays();
    });
  }

  private async plan(input: SlotPlanInput): Promise<{ event: EventRow; plan: Plan; overlaps: SlotPlan['overlaps'] }> {
    const event = await this.d.events.event(input.eventId);
    if (!event) throw new DomainError('not_found');
    const closed = new Map((await this.d.events.closedDays()).map((c) => [c.day, c.note]));
    const plan = planSlots(input, closed, this.d.clock.now());
    if (selfOverlapping(plan.slots).length > 0) throw new DomainError('invalid_input', { minutes: 'too_large' });
    const overlaps: SlotPlan['overlaps'] = [];
    const first = plan.slots[0];
    const last = plan.slots[plan.slots.length - 1];
    if (first && last) {
      // One read for the whole range, then a sweep: both lists are in time order.
      const existing = await this.d.events.openSlotsMeeting(event.id, first.startsAt, last.endsAt);
      let from = 0;
      for (const slot of plan.slots) {
        while (from < existing.length && end(existing[from] as SlotTime) <= slot.startsAt) from++;
        for (let i = from; i < existing.length; i++) {
          const other = existing[i] as SlotTime;
          if (other.startsAt >= slot.endsAt) break;
          if (end(other) > slot.startsAt) {
            overlaps.push({ startsAt: slot.startsAt, existingSlotId: other.id, existingStartsAt: other.startsAt, existingEndsAt: other.endsAt });
            break;
          }
        }
      }
    }
    return { event, plan, overlaps };
  }

  async preview(input: SlotPlanInput): Promise<SlotPlan> {
    const { plan, overlaps } = await this.plan(input);
    return {
      slotCount: plan.slots.length,
      dayCount: plan.dayCount,
      firstStartsAt: plan.slots[0]?.startsAt ?? null,
      lastStartsAt: plan.slots[plan.slots.length - 1]?.startsAt ?? null,
      skipped: plan.skipped,
      overlaps,
    };
  }

  /** Writes the previewed slots; refused whole while any is in the past or overlaps an existing slot. */
  generate(input: SlotPlanInput, by: Actor): Promise<{ created: number }> {
    return this.d.store.transaction(async () => {
      const { event, plan, overlaps } = await this.plan(input);
      if (plan.skipped.some((s) => s.reason === 'past')) throw new DomainError('invalid_input', { from: 'too_small' });
      if (overlaps.length > 0) throw new DomainError('conflict', { times: 'same_as_other' });
      if (plan.slots.length === 0) throw new DomainError('not_allowed');
      for (const slot of plan.slots) await this.d.events.insertSlot(event.id, slot.startsAt, slot.endsAt, input.capacity);
      await this.d.audit.append(
        audit(by, 'event.slots.generate', `event:${event.id}`, { from: input.from, to: input.to, count: plan.slots.length, capacity: input.capacity }),
      );
      return { created: plan.slots.length };
    });
  }

  async month(eventId: number, month: string): Promise<{ event: EventSummary; slots: AdminSlot[] }> {
    const event = await this.d.events.event(eventId);
    if (!event) throw new DomainError('not_found');
    const first = `${month}-01`;
    const next = addDays(`${month}-28`, 4).slice(0, 7);
    const slots = await this.d.events.slotsBetween(eventId, dayStart(first), dayStart(`${next}-01`));
    return { event: toSummary(event), slots: slots.map(toAdminSlot) };
  }

  setCapacity(slotId: number, capacity: number, by: Actor): Promise<AdminSlot> {
    const { store, events } = this.d;
    return store.transaction(async () => {
      const slot = await events.slotForUpdate(slotId);
      if (!slot) throw new DomainError('not_found');
      if (slot.closedAt !== null) throw new DomainError('not_allowed');
      // Read under the row lock, and the UPDATE checks again: a kiosk's booking cannot slip between.
      if (capacity < slot.booked || !(await events.setCapacity(slotId, capacity))) {
        throw new DomainError('invalid_input', { capacity: 'too_small' });
      }
      await this.d.audit.append(audit(by, 'event.slot.capacity', `slot:${slotId}`, { event: slot.formId, from: slot.capacity, to: capacity }));
      return toAdminSlot({ ...slot, capacity });
    });
  }

  /**
   * Closes a slot: it is never offered again, every active reservation in it is cancelled (with
   * the other dose of a series), and each citizen is mailed once — all in one transaction.
   */
  closeSlot(slotId: number, by: Actor): Promise<SlotClosing> {
    const { store, events, reservationStore, catalogStore, clock, mailer } = this.d;
    return store.transaction(async () => {
      const now = clock.now();
      const slot = await events.slotForUpdate(slotId);
      if (!slot) throw new DomainError('not_found');
      if (slot.closedAt !== null) throw new DomainError('conflict');
      const event = await events.event(slot.formId);
      if (!event) throw new DomainError('not_found');
      const title = localized(event.titleJa, event.titleTr);
      const venue = localized(event.venueJa, event.venueTr);
      const byAccount = new Map<number, { row: AttendeeRow; items: MailedReservation[] }>();
      let cancelled = 0;
      for (const row of await events.attendeesOfSlot(slotId)) {
        const linked = row.dose === null ? [row] : await events.linkedForUpdate(row.reservationId, row.firstDoseId);
        const rows = linked.some((r) => r.reservationId === row.reservationId) ? linked : [row, ...linked];
        for (const r of rows) {
          if (!(await reservationStore.cancel(r.reservationId, now))) continue;
          cancelled++;
          // The closed slot's own count is zeroed by closeSlot; the other dose gives its place back.
          if (r.slotId !== slotId) await catalogStore.releasePlace(r.slotId);
          const entry = byAccount.get(r.accountId) ?? { row: r, items: [] };
          entry.items.push({ title, venue, startsAt: r.startsAt, dose: r.dose === 1 || r.dose === 2 ? r.dose : null });
          byAccount.set(r.accountId, entry);
        }
      }
      await events.closeSlot(slotId, now);
      let mailed = 0;
      const toPhone: SlotClosing['toPhone'] = [];
      for (const [accountId, { row, items }] of byAccount) {
        items.sort((a, b) => a.startsAt - b.startsAt);
        if (row.email) {
          await mailer.enqueue(slotClosedMail, { to: row.email, locale: row.locale, accountId, params: { name: row.name, items } });
          mailed++;
        } else {
          toPhone.push({ name: row.name, phone: row.phone });
        }
      }
      await this.d.audit.append(audit(by, 'event.slot.close', `slot:${slotId}`, { event: slot.formId, cancelled, mailed, unreachable: toPhone.length }));
      return { cancelled, mailed, toPhone };
    });
  }

  /** Deletes a slot no reservation ever named; any other slot is closed instead (not_allowed). */
  deleteSlot(slotId: number, by: Actor): Promise<null> {
    const { store, events } = this.d;
    return store.transaction(async () => {
      const slot = await events.slotForUpdate(slotId);
      if (!slot) throw new DomainError('not_found');
      if (!(await events.deleteEmptySlot(slotId))) throw new DomainError('not_allowed');
      await this.d.audit.append(audit(by, 'event.slot.delete', `slot:${slotId}`, { event: slot.formId, startsAt: slot.startsAt }));
      return null;
    });
  }

  async attendees(query: AttendeeQuery): Promise<{ event: EventSummary; slots: AdminSlot[]; attendees: Attendee[] }> {
    const { event, slots, rows } = await this.attendeeRows(query);
    return { event: toSummary(event), slots: slots.map(toAdminSlot), attendees: rows.map(toAttendee) };
  }

  private async attendeeRows({ eventId, day, slotId }: AttendeeQuery): Promise<{ event: EventRow; slots: AdminSlotRow[]; rows: AttendeeRow[] }> {
    const { events } = this.d;
    const event = await events.event(eventId);
    if (!event) throw new DomainError('not_found');
    const slots = await events.slotsBetween(eventId, dayStart(day), dayStart(addDays(day, 1)));
    if (slotId !== null) {
      if (!slots.some((s) => s.id === slotId)) throw new DomainError('invalid_input', { slotId: 'invalid' });
      return { event, slots, rows: await events.attendeesOfSlot(slotId) };
    }
    return { event, slots, rows: await events.attendeesBetween(eventId, dayStart(day), dayStart(addDays(day, 1))) };
  }

  /** 来場: checks an attendee in (or takes the check back). */
  checkIn(reservationId: number, attended: boolean, by: Actor): Promise<{ attended: boolean }> {
    const { store, events, clock } = this.d;
    return store.transaction(async () => {
      const eventId = await events.eventOfReservation(reservationId);
      if (eventId === undefined || !(await events.setAttended(reservationId, attended ? clock.now() : null))) throw new DomainError('not_found');
      await this.d.audit.append(audit(by, 'event.attendance', `reservation:${reservationId}`, { event: eventId, attended }));
      return { attended };
    });
  }

  /** 参加者一覧_<day>.csv in the data folder's exports/. */
  async exportAttendees(query: AttendeeQuery, by: Actor): Promise<WrittenExport & { rows: number }> {
    const { event, rows } = await this.attendeeRows(query);
    const written = writeCsvExport(this.d.dataDir, '参加者一覧', query.day, attendeeTable(event, rows));
    // After the file exists: the audit row says what left the database, and a failed write left nothing.
    await this.d.audit.append(audit(by, 'event.attendees.export', `event:${event.id}`, { day: query.day, slot: query.slotId, rows: rows.length, file: written.fileName }));
    return { ...written, rows: rows.length };
  }
}

function end(slot: SlotTime): number {
  return slot.endsAt ?? slot.startsAt + 1;
}

type Translations = Partial<Record<TranslatedLocale, EventTranslation>>;

/** One of the three texts across the languages an edit filled in. */
function fieldOf(translations: Translations, field: keyof EventTranslation): Partial<Record<TranslatedLocale, string>> {
  const out: Partial<Record<TranslatedLocale, string>> = {};
  for (const [locale, texts] of Object.entries(translations) as [TranslatedLocale, EventTranslation][]) {
    const value = texts[field];
    if (value) out[locale] = value;
  }
  return out;
}

/** The edit screen's view: per language, the three texts (blank where not translated yet). */
function translationsByLocale(title: LocalizedText, venue: LocalizedText, description: LocalizedText, mailNote: LocalizedText): EventDetail['translations'] {
  const out: EventDetail['translations'] = {};
  for (const locale of translatedLocales) {
    if (title[locale] || venue[locale] || description[locale] || mailNote[locale]) {
      out[locale] = { title: title[locale] ?? '', venue: venue[locale] ?? '', description: description[locale] ?? '', mailNote: mailNote[locale] ?? '' };
    }
  }
  return out;
}

