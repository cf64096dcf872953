// Booking and cancelling. Everything a reservation changes — the place in the slot, a new citizen
// account, the reservation rows, the mail and the audit row — commits in one transaction or not at
// all, so a full slot or a crash never leaves an account without its reservation. The slots are
// read row-locked inside that transaction (terminals on a shared PostgreSQL store queue there) and
// the receipt is built from them and the inserted ids, so nothing is read twice.
import type { ReservationItem, ReservationReceipt } from '../../src-shared/contract/citizen';
import type { Locale } from '../../src-shared/contract/session';
import type { Accounts, Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import { isUniqueViolation, type Store } from '../store/store';
import type { Catalog } from './catalog';
import type { CatalogStore, FormRow, SlotRow } from './catalog-store';
import { createCitizenAccount } from './citizen-accounts';
import { localized } from '../store/translations-column';
import { cancellationMail, type MailedReservation, reservationMail } from './mails';
import type { ContactDetails, CitizenProfiles } from './profiles';
import type { ReservationRow, ReservationStore } from './reservation-store';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

export interface SlotChoice {
  slotId: number;
  secondSlotId: number | null;
}

export interface Applicant extends ContactDetails {
  name: string;
}

interface Choice {
  form: FormRow;
  slots: SlotRow[];
}

export interface ReservationsDeps {
  store: Store;
  clock: Clock;
  accounts: Accounts;
  audit: AuditLog;
  mailer: Mailer;
  catalog: Catalog;
  catalogStore: CatalogStore;
  reservationStore: ReservationStore;
  profiles: CitizenProfiles;
}

export function toItem(row: ReservationRow, now: number): ReservationItem {
  return {
    id: row.id,
    formTitle: localized(row.titleJa, row.titleTr),
    venue: localized(row.venueJa, row.venueTr),
    attendee: row.attendeeName,
    startsAt: row.startsAt,
    dose: row.dose,
    firstDoseId: row.firstDoseId,
    cancellable: row.status === 'active' && row.dose !== 2 && row.startsAt - row.cancelHours * HOUR > now,
  };
}

function toMailed(item: ReservationItem): MailedReservation {
  return { title: item.formTitle, venue: item.venue, startsAt: item.startsAt, dose: item.dose };
}

export class Reservations {
  constructor(private readonly d: ReservationsDeps) {}

  /** A first reservation without login: creates the citizen account and its 利用者キー. */
  async reserveAsGuest(choice: SlotChoice, applicant: Applicant, locale: Locale, by: Actor): Promise<ReservationReceipt> {
    return (await this.reserveForCaller(choice, applicant, locale, by)).receipt;
  }

  /**
   * The same for a caller on the phone, booked by a clerk (the actor): the clerk also gets the new
   * 利用者キー, to read it out. Joins the caller's transaction when there is one.
   */
  reserveForCaller(choice: SlotChoice, applicant: Applicant, locale: Locale, by: Actor): Promise<{ receipt: ReservationReceipt; userKey: string }> {
    return this.d.store.transaction(async () => {
      const chosen = await this.checkChoice(choice);
      await this.takePlaces(chosen.slots);
      const { account, userKey } = await createCitizenAccount(this.d, applicant.name, applicant, locale, this.d.clock.now());
      await this.d.audit.append({ ...by, action: 'citizen.register', target: `citizen:${userKey}`, outcome: 'ok', detail: { mail: applicant.email !== null } });
      const receipt = await this.book(chosen, { accountId: account.id, userKey, name: applicant.name, email: applicant.email, newKey: true }, locale, by);
      return { receipt, userKey };
    });
  }

  /** A logged-in citizen books under their own account. */
  async reserveForAccount(accountId: number, choice: SlotChoice, locale: Locale, by: Actor): Promise<ReservationReceipt> {
    try {
      return await this.d.store.transaction(async () => {
        const chosen = await this.checkChoice(choice);
        const profile = await this.d.profiles.get(accountId);
        if (!profile) throw new DomainError('not_found');
        for (const slot of chosen.slots) {
          if (await this.d.reservationStore.holds(slot.id, accountId)) throw new DomainError('conflict');
        }
        await this.takePlaces(chosen.slots);
        return this.book(chosen, { accountId, userKey: profile.userKey, name: profile.name, email: profile.email, newKey: false }, locale, by);
      });
    } catch (error) {
      // The same citizen booking the same slot on two terminals at once: the unique index
      // reservations_slot_account stops the second one after the holds() check let both through.
      if (isUniqueViolation(error)) throw new DomainError('conflict');
      throw error;
    }
  }

  /** 予約一覧: upcoming active reservations. */
  async list(accountId: number): Promise<ReservationItem[]> {
    const now = this.d.clock.now();
    return (await this.d.reservationStore.upcoming(accountId, now)).map((r) => toItem(r, now));
  }

  /** Cancelling dose 1 of a series cancels its dose 2 as well; dose 2 alone cannot be cancelled. */
  cancel(accountId: number, reservationId: number, locale: Locale, by: Actor): Promise<ReservationItem[]> {
    const { store, reservationStore, catalogStore, clock, profiles } = this.d;
    return store.transaction(async () => {
      const now = clock.now();
      const first = await reservationStore.getForUpdate(reservationId);
      if (!first || first.accountId !== accountId || first.status !== 'active') throw new DomainError('not_found');
      // The event's cancellation deadline (issue 14): so many hours before the start, 0 by default.
      if (first.dose === 2 || first.startsAt - first.cancelHours * HOUR <= now) throw new DomainError('not_allowed');
      const rows = [first];
      if (first.dose === 1) {
        const second = await reservationStore.secondDoseOf(first.id);
        if (second) rows.push(second);
      }
      for (const row of rows) {
        if (!(await reservationStore.cancel(row.id, now))) throw new DomainError('conflict');
        await catalogStore.releasePlace(row.slotId);
      }
      const items = rows.map((r) => toItem(r, now));
      const profile = await profiles.get(accountId);
      if (profile?.email) {
        await this.d.mailer.enqueue(cancellationMail, {
          to: profile.email,
          locale,
          accountId,
          params: { name: profile.name, items: items.map(toMailed) },
        });
      }
      await this.d.audit.append({
        ...by,
        action: 'citizen.cancel',
        target: profile ? `citizen:${profile.userKey}` : null,
        outcome: 'ok',
        detail: { reservation: first.id, count: rows.length },
      });
      return items.map((i) => ({ ...i, cancellable: false }));
    });
  }

  /**
   * The rules that do not depend on other terminals: window, start time, series pairing. Reads the
   * slots row-locked (dose 1 before the later dose 2, so two bookings never wait on each other in a
   * circle); the caller's transaction holds the locks until it takes the places.
   */
  private async checkChoice({ slotId, secondSlotId }: SlotChoice): Promise<Choice> {
    const { catalog, catalogStore, clock } = this.d;
    const now = clock.now();
    const slot = await catalogStore.slotForUpdate(slotId);
    const form = slot && (await catalogStore.form(slot.formId));
    if (!slot || !form) throw new DomainError('not_found');
    if (!catalog.isBookable(form, now) || slot.startsAt <= now || slot.closedAt !== null) throw new DomainError('not_allowed');
    if (form.series !== 1) {
      if (secondSlotId !== null) throw new DomainError('invalid_input', { secondSlotId: 'invalid' });
      return { form, slots: [slot] };
    }
    if (secondSlotId === null) throw new DomainError('invalid_input', { secondSlotId: 'required' });
    const second = await catalogStore.slot(secondSlotId);
    if (!second || second.formId !== form.id || second.closedAt !== null) throw new DomainError('invalid_input', { secondSlotId: 'invalid' });
    if (second.startsAt - slot.startsAt < catalog.dose2MinDays(form) * DAY) {
      throw new DomainError('invalid_input', { secondSlotId: 'too_small' });
    }
    // Locked only once it is known to be a later slot of the same form (see above).
    await catalogStore.slotForUpdate(second.id);
    return { form, slots: [slot, second] };
  }

  private async takePlaces(slots: SlotRow[]): Promise<void> {
    // Inside the caller's transaction: when dose 2's slot is full, dose 1's place is given back too.
    for (const slot of slots) if (!(await this.d.catalogStore.takePlace(slot.id))) throw new DomainError('full');
  }

  private async book(
    { form, slots }: Choice,
    who: { accountId: number; userKey: string; name: string; email: string | null; newKey: boolean },
    locale: Locale,
    by: Actor,
  ): Promise<ReservationReceipt> {
    const { reservationStore, clock } = this.d;
    const now = clock.now();
    const series = slots.length === 2;
    const rows: ReservationRow[] = [];
    // One after the other: dose 2's row points at dose 1's id.
    for (const [index, slot] of slots.entries()) {
      const booked = {
        slotId: slot.id,
        accountId: who.accountId,
        attendeeName: who.name,
        dose: series ? ((index + 1) as 1 | 2) : null,
        firstDoseId: index === 1 ? (rows[0] as ReservationRow).id : null,
      };
      const id = await reservationStore.insert(booked, now);
      rows.push({ ...booked, id, status: 'active', startsAt: slot.startsAt, formId: form.id, titleJa: form.titleJa, titleTr: form.titleTr, venueJa: form.venueJa, venueTr: form.venueTr, cancelHours: form.cancelHours });
    }
    const ids = rows.map((r) => r.id);
    const items = rows.map((r) => toItem(r, now));
    if (who.email) {
      await this.d.mailer.enqueue(reservationMail, {
        to: who.email,
        locale,
        accountId: who.accountId,
        params: {
          name: who.name,
          userKey: who.newKey ? who.userKey : null,
          items: items.map(toMailed),
          note: form.mailNoteJa ? localized(form.mailNoteJa, form.mailNoteTr) : null,
        },
      });
    }
    await this.d.audit.append({
      ...by,
      action: 'citizen.reserve',
      target: `citizen:${who.userKey}`,
      outcome: 'ok',
      detail: { reservation: ids[0] as number, slot: (slots[0] as SlotRow).id, count: ids.length },
    });
    return { reservations: items, mailed: who.email !== null };
  }
}
