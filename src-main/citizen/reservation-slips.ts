// What a reservation receipt prints (issue 16), read for the print desk: the reservations with their
// event's title, place and description (what to bring), and until when the citizen may cancel.
// Through this area's own stores, so the print code never reads the citizen tables itself.
import type { LocalizedText } from '../../src-shared/contract/citizen';
import type { Store } from '../store/store';
import { CatalogStore } from './catalog-store';
import { localized } from '../store/translations-column';
import { ReservationStore } from './reservation-store';

const HOUR = 60 * 60_000;

export interface ReservationSlipFacts {
  accountId: number;
  formId: number;
  title: LocalizedText;
  venue: LocalizedText;
  description: LocalizedText;
  reservations: Array<{ id: number; startsAt: number; dose: 1 | 2 | null }>;
  /** The cancellation deadline of the first reservation; null when it cannot be cancelled at a kiosk. */
  cancelUntil: number | null;
}

export class ReservationSlips {
  private readonly reservations: ReservationStore;
  private readonly catalog: CatalogStore;

  constructor(store: Store) {
    this.reservations = new ReservationStore(store);
    this.catalog = new CatalogStore(store);
  }

  /**
   * The active reservations of one event and one account, in the order given; undefined when any
   * is missing, cancelled, another account's or another event's (the caller answers not_found).
   */
  async facts(reservationIds: readonly number[]): Promise<ReservationSlipFacts | undefined> {
    const rows = [];
    for (const id of reservationIds) {
      const row = await this.reservations.get(id);
      if (!row || row.status !== 'active') return undefined;
      rows.push(row);
    }
    const first = rows[0];
    if (!first || rows.some((r) => r.accountId !== first.accountId || r.formId !== first.formId)) return undefined;
    const form = await this.catalog.form(first.formId);
    if (!form) return undefined;
    // Dose 2 is cancelled only together with dose 1 (reservations.ts), so its receipt alone has no deadline.
    const cancelUntil = first.dose === 2 ? null : first.startsAt - first.cancelHours * HOUR;
    return {
      accountId: first.accountId,
      formId: first.formId,
      title: localized(form.titleJa, form.titleTr),
      venue: localized(form.venueJa, form.venueTr),
      description: localized(form.descriptionJa, form.descriptionTr),
      reservations: rows.map((r) => ({ id: r.id, startsAt: r.startsAt, dose: r.dose })),
      cancelUntil,
    };
  }
}
