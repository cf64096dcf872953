// The `sip2` library system: patrons, loans and holds live in the library's ILS, reached through
// the SIP2 client (sip2/). What SIP2 answers maps onto the screens' views:
//
// - a list (loans, holds, fines) is one 63 patron information with that list asked for in its
//   summary, then one 17 item information per listed item for its title, due date, hold queue and
//   whether it waits on the hold shelf — SIP2 lists item ids only;
// - dates become library-local calendar dates (LibraryCalendar), whichever way the ILS wrote them;
// - items are catalogue items linked to the ILS's ids (ils-items.ts), added on first sight;
// - what SIP2 does not carry is left empty rather than invented: a loan's loan date and renewal
//   count, a waiting hold's place in the queue (only the 16 answer of a new hold gives it);
// - the patron's password is not kept after login: later requests name the card only, as a
//   self-check machine does once the SIP account is logged in.
//
// A Sip2Error (no connection, timeout, bad checksum, garbled answer, refused SIP login) becomes
// DomainError 'library_system_unavailable' and nothing local is written; an ILS "no" is
// 'not_allowed' (or 'not_found' for something that is not the patron's).
import type { CatalogueItem, HoldView, LoanView, RenewBlock } from '../../src-shared/contract/library';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { LibraryCalendar } from '../library/calendar';
import type { Logger } from '../log';
import type { Store } from '../store/store';
import type { IlsItems } from './ils-items';
import type {
  CardStanding,
  CheckinResult,
  CheckoutRefusal,
  CheckoutResult,
  CirculationCounts,
  FinesSummary,
  ItemInformation,
  ItemState,
  LibrarySystem,
  PatronCheck,
  PatronRef,
  PatronStanding,
} from './library-system';
import type { Sip2Client } from './sip2/client';
import type { SipDateTime } from './sip2/dates';
import { Sip2Error } from './sip2/errors';
import type { ItemInformationAnswer } from './sip2/responses';

export interface Sip2LibraryParts {
  client: Sip2Client;
  store: Store;
  clock: Clock;
  calendar: LibraryCalendar;
  log: Logger;
  items: IlsItems;
  /** Whether a branch code is one of the library's (branch codes are the ILS's location codes). */
  hasBranch(code: string): boolean;
  /** The patron's 予約受取館 setting: shown for a waiting hold, whose pickup SIP2 does not report. */
  pickupBranchOf(accountId: number): Promise<string>;
  /** Items the local catalogue has, for the views (author, publisher, year). */
  catalogueItem(id: number): Promise<CatalogueItem | undefined>;
}

const UNCART = 'DELETE FROM hold_cart WHERE account_id = ? AND item_id = ?';

const ITEM_STATES: Record<string, ItemState> = { '03': 'available', '04': 'on_loan', '05': 'on_loan', '08': 'on_hold_shelf' };

export class Sip2LibrarySystem implements LibrarySystem {
  readonly kind = 'sip2' as const;
  readonly ownsLoans = true;

  constructor(private readonly p: Sip2LibraryParts) {}

  /** Every ILS exchange goes through here: a wire failure becomes the one kiosk message. */
  private async ils<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof Sip2Error)) throw error;
      // The client logged the exchange; this says what the patron was told.
      this.p.log.warn('library_system.unavailable', { reason: error.reason });
      throw new DomainError('library_system_unavailable');
    }
  }

  private today(): string {
    return this.p.calendar.dateOf(this.p.clock.now());
  }

  /** A SIP2 date as a library-local day; UTC times are moved into the library's zone first. */
  private localDate(d: SipDateTime | null): string | null {
    if (!d) return null;
    if (!d.utc) return d.date;
    const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
    const [hh, mm, ss] = d.time.split(':').map(Number) as [number, number, number];
    return this.p.calendar.dateOf(Date.UTC(y, m - 1, day, hh, mm, ss));
  }

  private async item(ilsId: string, title: string): Promise<CatalogueItem> {
    const id = await this.p.items.catalogueIdOf(ilsId, title);
    return (await this.p.catalogueItem(id)) ?? { id, title: title || ilsId, author: '', publisher: '', year: null, kind: 'book' };
  }

  private async ilsIdOf(itemId: number): Promise<string> {
    const ilsId = await this.p.items.ilsIdOf(itemId);
    if (ilsId === null) throw new DomainError('not_found');
    return ilsId;
  }

  /** One 17 per listed item, through the pool (a few at a time). */
  private details(ilsIds: readonly string[]): Promise<ItemInformationAnswer[]> {
    return Promise.all([...new Set(ilsIds)].map((itemId) => this.p.client.itemInformation({ itemId })));
  }

  checkPatron(cardNumber: string, password: string): Promise<PatronCheck> {
    return this.ils(async () => {
      const a = await this.p.client.patronStatus({ patronId: cardNumber, patronPassword: password });
      return { known: a.validPatron === true, passwordOk: a.validPatron === true && a.validPatronPassword === true, name: a.personalName, blocked: a.blocked };
    });
  }

  standing(patron: PatronRef): Promise<PatronStanding> {
    return this.ils(async () => {
      const a = await this.p.client.patronStatus({ patronId: patron.cardNumber });
      return { blocked: a.blocked, flags: Object.entries(a.status).filter(([, set]) => set).map(([flag]) => flag), name: a.personalName };
    });
  }

  counts(patron: PatronRef): Promise<CirculationCounts> {
    return this.ils(async () => {
      const info = await this.p.client.patronInformation({ patronId: patron.cardNumber, summary: 'holdItems' });
      const ready = (await this.details(info.items.holdItems)).filter((d) => d.circulationStatus === '08').length;
      return {
        loans: info.counts.chargedItems ?? 0,
        overdue: info.counts.overdueItems ?? 0,
        holds: info.counts.holdItems ?? info.items.holdItems.length,
        ready,
      };
    });
  }

  private async loanView(d: { itemId: string; title: string; due: SipDateTime | null; queue: number | null; branch: string | null }, today: string): Promise<LoanView> {
    const dueDate = this.localDate(d.due) ?? '';
    const overdue = dueDate !== '' && dueDate < today;
    const renewBlock: RenewBlock | null = overdue ? 'overdue' : (d.queue ?? 0) > 0 ? 'reserved' : null;
    const item = await this.item(d.itemId, d.title);
    return { id: item.id, item, branch: d.branch ?? '', loanedAt: 0, dueDate, overdue, renewals: 0, renewBlock };
  }

  loans(patron: PatronRef): Promise<LoanView[]> {
    return this.ils(async () => {
      const info = await this.p.client.patronInformation({ patronId: patron.cardNumber, summary: 'chargedItems' });
      const today = this.today();
      const views: LoanView[] = [];
      for (const d of await this.details(info.items.chargedItems)) {
        views.push(await this.loanView({ itemId: d.itemId, title: d.titleId, due: d.dueDate, queue: d.holdQueueLength, branch: d.permanentLocation }, today));
      }
      return views.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id));
    });
  }

  renew(patron: PatronRef, loanId: number): Promise<LoanView> {
    return this.ils(async () => {
      const itemId = await this.ilsIdOf(loanId);
      const a = await this.p.client.renew({ patronId: patron.cardNumber, itemId });
      if (!a.ok) throw new DomainError('not_allowed');
      const view = await this.loanView({ itemId, title: a.titleId ?? '', due: a.dueDate, queue: 0, branch: null }, this.today());
      return { ...view, renewals: 1 };
    });
  }

  holds(patron: PatronRef): Promise<HoldView[]> {
    return this.ils(async () => {
      const info = await this.p.client.patronInformation({ patronId: patron.cardNumber, summary: 'holdItems' });
      const preferred = await this.p.pickupBranchOf(patron.accountId);
      const views: HoldView[] = [];
      for (const d of await this.details(info.items.holdItems)) {
        const ready = d.circulationStatus === '08';
        // A ready copy is at its branch; a waiting hold's pickup branch SIP2 does not report.
        const at = ready && d.currentLocation && this.p.hasBranch(d.currentLocation) ? d.currentLocation : preferred;
        const item = await this.item(d.itemId, d.titleId);
        views.push({
          id: item.id,
          item,
          status: ready ? 'ready' : 'waiting',
          queuePosition: null,
          pickupBranch: at,
          placedAt: 0,
          pickupUntil: ready ? this.localDate(d.holdPickupDate) : null,
          notifyMail: false,
        });
      }
      return views;
    });
  }

  placeHolds(patron: PatronRef, itemIds: number[], pickupBranch: string): Promise<HoldView[]> {
    if (!this.p.hasBranch(pickupBranch)) return Promise.reject(new DomainError('invalid_input', { pickupBranch: 'invalid' }));
    return this.ils(async () => {
      const wanted: { itemId: number; ilsId: string }[] = [];
      for (const itemId of new Set(itemIds)) wanted.push({ itemId, ilsId: await this.ilsIdOf(itemId) });
      const placed: HoldView[] = [];
      for (const { itemId, ilsId } of wanted) {
        const a = await this.p.client.hold({ patronId: patron.cardNumber, mode: 'add', itemId: ilsId, pickupLocation: pickupBranch, holdType: '3' });
        if (!a.ok) continue;
        await this.p.store.run(UNCART, [patron.accountId, itemId]);
        placed.push({
          id: itemId,
          item: await this.item(ilsId, a.titleId ?? ''),
          status: a.available ? 'ready' : 'waiting',
          queuePosition: a.available ? null : a.queuePosition,
          pickupBranch: a.pickupLocation && this.p.hasBranch(a.pickupLocation) ? a.pickupLocation : pickupBranch,
          placedAt: this.p.clock.now(),
          pickupUntil: null,
          notifyMail: false,
        });
      }
      // Every one refused (held already, holds stopped, too many): say so; some placed: show those.
      if (placed.length === 0) throw new DomainError('not_allowed');
      return placed;
    });
  }

  cancelHold(patron: PatronRef, holdId: number): Promise<void> {
    return this.ils(async () => {
      const a = await this.p.client.hold({ patronId: patron.cardNumber, mode: 'delete', itemId: await this.ilsIdOf(holdId) });
      if (!a.ok) throw new DomainError('not_found');
    });
  }

  changePickup(patron: PatronRef, holdId: number, pickupBranch: string): Promise<HoldView> {
    if (!this.p.hasBranch(pickupBranch)) return Promise.reject(new DomainError('invalid_input', { pickupBranch: 'invalid' }));
    return this.ils(async () => {
      const a = await this.p.client.hold({ patronId: patron.cardNumber, mode: 'change', itemId: await this.ilsIdOf(holdId), pickupLocation: pickupBranch });
      if (!a.ok) throw new DomainError('not_allowed');
      const hold = (await this.holds(patron)).find((h) => h.id === holdId);
      if (!hold) throw new DomainError('not_found');
      return { ...hold, pickupBranch };
    });
  }

  /** The ILS sends its own hold notices; Madoguchi has no per-hold mail to switch. */
  async setHoldMail(): Promise<HoldView> {
    throw new DomainError('not_allowed');
  }

  fines(patron: PatronRef): Promise<FinesSummary> {
    return this.ils(async () => {
      const info = await this.p.client.patronInformation({ patronId: patron.cardNumber, summary: 'fineItems' });
      return { count: info.counts.fineItems ?? info.items.fineItems.length, amount: info.feeAmount, currency: info.currencyType, lines: info.items.fineItems };
    });
  }

  /** One 63 without a list: valid patron (BL), status flags, name and the loan counts. */
  cardStanding(cardNumber: string): Promise<CardStanding | null> {
    return this.ils(async () => {
      const a = await this.p.client.patronInformation({ patronId: cardNumber });
      if (a.validPatron !== true) return null;
      return {
        name: a.personalName,
        blocked: a.blocked,
        flags: Object.entries(a.status).filter(([, set]) => set).map(([flag]) => flag),
        loans: a.counts.chargedItems ?? 0,
        overdue: a.counts.overdueItems ?? 0,
      };
    });
  }

  /**
   * 11 → 12. SIP2's "no" carries only a screen message, so a refusal is followed by one 17 to say
   * why in the counter's words: not in the ILS, or on loan; anything else shows the ILS's message.
   */
  checkout(patron: PatronRef, itemId: string): Promise<CheckoutResult> {
    return this.ils(async () => {
      const a = await this.p.client.checkout({ patronId: patron.cardNumber, itemId });
      const base = { itemId: a.itemId || itemId, title: a.titleId ?? '', author: '', message: a.screenMessages[0] ?? null, holdCollected: false };
      if (a.ok) return { ...base, ok: true, dueDate: this.localDate(a.dueDate), refusal: null };
      const info = await this.p.client.itemInformation({ itemId });
      const state = ITEM_STATES[info.circulationStatus];
      const refusal: CheckoutRefusal = info.titleId === '' ? 'item_unknown' : state === 'on_loan' ? 'item_on_loan' : 'refused';
      return { ...base, title: base.title || info.titleId, ok: false, dueDate: null, refusal };
    });
  }

  /**
   * 09 → 10. The ILS fills its own holds and sends its own notice; an alert with CV 01 or 02 (Koha:
   * hold here, hold at another branch) says the copy goes to the 取置 shelf instead of the stacks.
   */
  checkin(itemId: string): Promise<CheckinResult> {
    return this.ils(async () => {
      const a = await this.p.client.checkin({ itemId });
      const base = { itemId: a.itemId || itemId, title: a.titleId ?? '', alert: a.alert, message: a.screenMessages[0] ?? null };
      if (!a.ok) return { ...base, ok: false, refusal: a.titleId ? 'not_on_loan' : 'item_unknown', hold: null };
      const alertType = a.unknownFields.find((f) => f.code === 'CV')?.value ?? null;
      const held = a.alert && (alertType === '01' || alertType === '02');
      return { ...base, ok: true, refusal: null, hold: held ? { pickupBranch: null, pickupUntil: null, contact: null, mailsQueued: 0 } : null };
    });
  }

  itemInformation(itemId: string): Promise<ItemInformation | null> {
    return this.ils(async () => {
      const a = await this.p.client.itemInformation({ itemId });
      // An ILS answers an unknown id with an empty title (Koha: status 01, AJ empty).
      if (a.titleId === '') return null;
      return { itemId: a.itemId, title: a.titleId, state: ITEM_STATES[a.circulationStatus] ?? 'other', dueDate: this.localDate(a.dueDate), holdQueueLength: a.holdQueueLength };
    });
  }

  close(): Promise<void> {
    return this.p.client.close();
  }
}
