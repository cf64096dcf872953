// What the browse screens show: categories, their forms, and a form's upcoming slots with the
// places left (残り). Read-only; the booking rules themselves live in reservations.ts.
import type { CategorySummary, FormDetail, FormSummary } from '../../src-shared/contract/citizen';
import type { Clock } from '../clock';
import { DomainError } from '../domain-error';
import type { CatalogStore, CategoryRow, FormRow } from './catalog-store';
import { localized } from '../store/translations-column';

/** Enough for a few weeks of half-hour slots; older screens never needed more. */
const SLOTS_SHOWN = 400;

function toCategory(row: CategoryRow): CategorySummary {
  return { id: row.id, title: localized(row.titleJa, row.titleTr), formCount: row.formCount };
}

export class Catalog {
  constructor(
    private readonly store: CatalogStore,
    private readonly clock: Clock,
    private readonly defaultDose2MinDays: () => number,
  ) {}

  async categories(): Promise<CategorySummary[]> {
    return (await this.store.categories()).map(toCategory);
  }

  async forms(categoryId: number): Promise<{ category: CategorySummary; forms: FormSummary[] }> {
    const category = await this.store.category(categoryId);
    if (!category) throw new DomainError('not_found');
    const forms = await this.store.forms(categoryId);
    const now = this.clock.now();
    return {
      category: toCategory(category),
      forms: forms.map((f) => ({
        id: f.id,
        title: localized(f.titleJa, f.titleTr),
        venue: localized(f.venueJa, f.venueTr),
        series: f.series === 1,
        bookable: this.isBookable(f, now),
      })),
    };
  }

  async form(formId: number): Promise<FormDetail> {
    const form = await this.store.form(formId);
    if (!form) throw new DomainError('not_found');
    const now = this.clock.now();
    const slots = await this.store.upcomingSlots(form.id, now, SLOTS_SHOWN);
    return {
      id: form.id,
      categoryId: form.categoryId,
      title: localized(form.titleJa, form.titleTr),
      venue: localized(form.venueJa, form.venueTr),
      description: localized(form.descriptionJa, form.descriptionTr),
      audience: form.audience,
      opensAt: form.opensAt,
      closesAt: form.closesAt,
      bookable: this.isBookable(form, now),
      series: form.series === 1 ? { minDays: this.dose2MinDays(form) } : null,
      slots: slots.map((s) => ({
        id: s.id,
        startsAt: s.startsAt,
        capacity: s.capacity,
        remaining: s.capacity - s.booked,
      })),
    };
  }

  isBookable(form: FormRow, now: number): boolean {
    return now >= form.opensAt && now < form.closesAt;
  }

  dose2MinDays(form: FormRow): number {
    return form.doseIntervalDays ?? this.defaultDose2MinDays();
  }
}
