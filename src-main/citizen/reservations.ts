// Booking and cancelling. Everything a reservation changes — the place in the slot, a new citizen
// account, the reservation rows, the mail and the audit row — commits in one immediate transaction
// or not at all, so a full slot or a crash never leaves an account without its reservation.
// The slot and form are read inside that transaction and the receipt is built from them and the
// inserted ids, so nothing is read twice: the commit's fsync stays the only real cost.
import type { ReservationItem, ReservationReceipt } from '../../src-shared/contract/citizen';
import type { Locale } from '../../src-shared/contract/session';
import type { Accounts, Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { Mailer } from '../mail/mailer';
import type { Db } from '../store/database';
import type { Catalog } from './catalog';
import type { CatalogStore, FormRow, SlotRow } from './catalog-store';
import { localized } from './localized';
import { cancellationMail, type MailedReservation, reservationMail } from './mails';
import type { ContactDetails, CitizenProfiles } from './profiles';
import type { ReservationRow, ReservationStore } from './reservation-store';
import { newUserKey } from './user-key';

const DAY = 24 * 60 * 60_000;

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
  db: Db;
  clock: Clock;
  accounts: Accounts;
  audit: AuditLog;
  mailer: Mailer;
  catalog: Catalog;
  catalogStore: CatalogStore;
  store: ReservationStore;
  profiles: CitizenProfiles;
}

export function toItem(row: ReservationRow, now: number): ReservationItem {
  return {
    id: row.id,
    formTitle: localized(row.titleJa, row.titleEn),
    venue: localized(row.venueJa, row.venueEn),
    attendee: row.attendeeName,
    startsAt: row.startsAt,
    dose: row.dose,
    cancellable: row.status === 'active' && row.dose !== 2 && row.startsAt > now,
  };
}

function toMailed(item: ReservationItem): MailedReservation {
  return { title: item.formTitle, venue: item.venue, startsAt: item.startsAt, dose: item.dose };
}

export class Reservations {
  constructor(private readonly d: ReservationsDeps) {}

  /** A first reservation without login: creates the citizen account and its 利用者キー. */
  reserveAsGuest(choice: SlotChoice, applicant: Applicant, locale: Locale, by: Actor): ReservationReceipt {
    return this.reserveForCaller(choice, applicant, locale, by).receipt;
  }

  /**
   * The same for a caller on the phone, booked by a clerk (the actor): the clerk also gets the new
   * 利用者キー, to read it out. Nests as a savepoint when the caller already holds a transaction.
   */
  reserveForCaller(choice: SlotChoice, applicant: Applicant, locale: Locale, by: Actor): { receipt: ReservationReceipt; userKey: string } {
    return this.d.db
      .transaction(() => {
        const chosen = this.checkChoice(choice);
        this.takePlaces(chosen.slots);
        const { accounts, profiles, clock } = this.d;
        const userKey = newUserKey((key) => accounts.loginIdTaken('citizen', key));
        const account = accounts.create('citizen', userKey, applicant.name);
        profiles.insert(account.id, applicant, locale, clock.now());
        this.d.audit.append({ ...by, action: 'citizen.register', target: `citizen:${userKey}`, outcome: 'ok', detail: { mail: applicant.email !== null } });
        const receipt = this.book(chosen, { accountId: account.id, userKey, name: applicant.name, email: applicant.email, newKey: true }, locale, by);
        return { receipt, userKey };
      })
      .immediate();
  }

  /** A logged-in citizen books under their own account. */
  reserveForAccount(accountId: number, choice: SlotChoice, locale: Locale, by: Actor): ReservationReceipt {
    return this.d.db
      .transaction(() => {
        const chosen = this.checkChoice(choice);
        const profile = this.d.profiles.get(accountId);
        if (!profile) throw new DomainError('not_found');
        if (chosen.slots.some((s) => this.d.store.holds(s.id, accountId))) throw new DomainError('conflict');
        this.takePlaces(chosen.slots);
        return this.book(chosen, { accountId, userKey: profile.userKey, name: profile.name, email: profile.email, newKey: false }, locale, by);
      })
      .immediate();
  }

  /** 予約一覧: upcoming active reservations. */
  list(accountId: number): ReservationItem[] {
    const now = this.d.clock.now();
    return this.d.store.upcoming(accountId, now).map((r) => toItem(r, now));
  }

  /** Cancelling dose 1 of a series cancels its dose 2 as well; dose 2 alone cannot be cancelled. */
  cancel(accountId: number, reservationId: number, locale: Locale, by: Actor): ReservationItem[] {
    const { db, store, catalogStore, clock, profiles } = this.d;
    return db
      .transaction(() => {
        const now = clock.now();
        const first = store.get(reservationId);
        if (!first || first.accountId !== accountId || first.status !== 'active') throw new DomainError('not_found');
        if (first.dose === 2 || first.startsAt <= now) throw new DomainError('not_allowed');
        const rows = [first];
        if (first.dose === 1) {
          const second = store.secondDoseOf(first.id);
          if (second) rows.push(second);
        }
        for (const row of rows) {
          if (!store.cancel(row.id, now)) throw new DomainError('conflict');
          catalogStore.releasePlace(row.slotId);
        }
        const items = rows.map((r) => toItem(r, now));
        const profile = profiles.get(accountId);
        if (profile?.email) {
          this.d.mailer.enqueue(cancellationMail, {
            to: profile.email,
            locale,
            accountId,
            params: { name: profile.name, items: items.map(toMailed) },
          });
        }
        this.d.audit.append({
          ...by,
          action: 'citizen.cancel',
          target: profile ? `citizen:${profile.userKey}` : null,
          outcome: 'ok',
          detail: { reservation: first.id, count: rows.length },
        });
        return items.map((i) => ({ ...i, cancellable: false }));
      })
      .immediate();
  }

  /** The rules that do not depend on other terminals: window, start time, series pairing. */
  private checkChoice({ slotId, secondSlotId }: SlotChoice): Choice {
    const { catalog, catalogStore, clock } = this.d;
    const now = clock.now();
    const slot = catalogStore.slot(slotId);
    const form = slot && catalogStore.form(slot.formId);
    if (!slot || !form) throw new DomainError('not_found');
    if (!catalog.isBookable(form, now) || slot.startsAt <= now) throw new DomainError('not_allowed');
    if (form.series !== 1) {
      if (secondSlotId !== null) throw new DomainError('invalid_input', { secondSlotId: 'invalid' });
      return { form, slots: [slot] };
    }
    if (secondSlotId === null) throw new DomainError('invalid_input', { secondSlotId: 'required' });
    const second = catalogStore.slot(secondSlotId);
    if (!second || second.formId !== form.id) throw new DomainError('invalid_input', { secondSlotId: 'invalid' });
    if (second.startsAt - slot.startsAt < catalog.dose2MinDays(form) * DAY) {
      throw new DomainError('invalid_input', { secondSlotId: 'too_small' });
    }
    return { form, slots: [slot, second] };
  }

  private takePlaces(slots: SlotRow[]): void {
    // Inside the caller's transaction: when dose 2's slot is full, dose 1's place is given back too.
    for (const slot of slots) if (!this.d.catalogStore.takePlace(slot.id)) throw new DomainError('full');
  }

  private book(
    { form, slots }: Choice,
    who: { accountId: number; userKey: string; name: string; email: string | null; newKey: boolean },
    locale: Locale,
    by: Actor,
  ): ReservationReceipt {
    const { store, clock } = this.d;
    const now = clock.now();
    const series = slots.length === 2;
    const rows: ReservationRow[] = [];
    slots.forEach((slot, index) => {
      const booked = {
        slotId: slot.id,
        accountId: who.accountId,
        attendeeName: who.name,
        dose: series ? ((index + 1) as 1 | 2) : null,
        firstDoseId: index === 1 ? (rows[0] as ReservationRow).id : null,
      };
      const id = store.insert(booked, now);
      rows.push({ ...booked, id, status: 'active', startsAt: slot.startsAt, formId: form.id, titleJa: form.titleJa, titleEn: form.titleEn, venueJa: form.venueJa, venueEn: form.venueEn });
    });
    const ids = rows.map((r) => r.id);
    const items = rows.map((r) => toItem(r, now));
    if (who.email) {
      this.d.mailer.enqueue(reservationMail, {
        to: who.email,
        locale,
        accountId: who.accountId,
        params: { name: who.name, userKey: who.newKey ? who.userKey : null, items: items.map(toMailed) },
      });
    }
    this.d.audit.append({
      ...by,
      action: 'citizen.reserve',
      target: `citizen:${who.userKey}`,
      outcome: 'ok',
      detail: { reservation: ids[0] as number, slot: (slots[0] as SlotRow).id, count: ids.length },
    });
    return { reservations: items, mailed: who.email !== null };
  }
}
