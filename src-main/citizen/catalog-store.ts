// The reservation catalogue tables: categories → forms → slots, and the two statements that take
// and give back a place. Only this file holds catalogue SQL.
import type { Store } from '../store/store';
import { insertedId } from '../store/inserted-id';
import type { LocalizedText } from '../../src-shared/localized-text';
import { translationsJson } from '../store/translations-column';

export interface CategoryRow {
  id: number;
  titleJa: string;
  titleTr: string;
  formCount: number;
}

export interface FormRow {
  id: number;
  categoryId: number;
  titleJa: string;
  titleTr: string;
  venueJa: string;
  venueTr: string;
  descriptionJa: string;
  descriptionTr: string;
  opensAt: number;
  closesAt: number;
  series: number;
  doseIntervalDays: number | null;
  /** A citizen may cancel until this many hours before the slot starts (0: until it starts). */
  cancelHours: number;
  audience: 'anyone' | 'residents';
  /** The event's guidance for its confirmation mail ('' when none). */
  mailNoteJa: string;
  mailNoteTr: string;
}

export interface SlotRow {
  id: number;
  formId: number;
  startsAt: number;
  capacity: number;
  booked: number;
  /** Closed by staff (issue 14): never offered or booked again. */
  closedAt: number | null;
}

/** A text's translations as written (the *_tr column's JSON is made here). */
export type Translations = Omit<LocalizedText, 'ja'>;

export interface NewCategory {
  titleJa: string;
  titleTr?: Translations;
  sortOrder: number;
}

export interface NewForm {
  categoryId: number;
  titleJa: string;
  titleTr?: Translations;
  venueJa: string;
  venueTr?: Translations;
  descriptionJa: string;
  descriptionTr?: Translations;
  opensAt: number;
  closesAt: number;
  series: boolean;
  doseIntervalDays: number | null;
  sortOrder: number;
}

const CATEGORY = `SELECT c.id, c.title_ja AS "titleJa", c.title_tr AS "titleTr",
  (SELECT count(*) FROM reservation_forms f WHERE f.category_id = c.id) AS "formCount"
  FROM reservation_categories c`;
const CATEGORIES = `${CATEGORY} ORDER BY c.sort_order, c.id`;
const CATEGORY_BY_ID = `${CATEGORY} WHERE c.id = ?`;

const FORM = `SELECT id, category_id AS "categoryId", title_ja AS "titleJa", title_tr AS "titleTr", venue_ja AS "venueJa",
  venue_tr AS "venueTr", description_ja AS "descriptionJa", description_tr AS "descriptionTr", opens_at AS "opensAt",
  closes_at AS "closesAt", series, dose_interval_days AS "doseIntervalDays", cancel_hours AS "cancelHours", audience,
  mail_note_ja AS "mailNoteJa", mail_note_tr AS "mailNoteTr" FROM reservation_forms`;
const FORMS = `${FORM} WHERE category_id = ? ORDER BY sort_order, id`;
const FORM_BY_ID = `${FORM} WHERE id = ?`;

const SLOT = 'SELECT id, form_id AS "formId", starts_at AS "startsAt", capacity, booked, closed_at AS "closedAt" FROM reservation_slots';
const UPCOMING_SLOTS = `${SLOT} WHERE form_id = ? AND starts_at > ? AND closed_at IS NULL ORDER BY starts_at, id LIMIT ?`;
const SLOT_BY_ID = `${SLOT} WHERE id = ?`;
// Terminals booking the same slot queue on its row instead of failing and retrying (PostgreSQL).
const SLOT_FOR_UPDATE = `${SLOT} WHERE id = ? FOR UPDATE`;

// The capacity check and the increment are one statement: two terminals can never both take the
// last place, whatever order their transactions run in. A closed slot has no places at all.
const TAKE = 'UPDATE reservation_slots SET booked = booked + 1 WHERE id = ? AND booked < capacity AND closed_at IS NULL';
const RELEASE = 'UPDATE reservation_slots SET booked = booked - 1 WHERE id = ? AND booked > 0';

const INSERT_CATEGORY = 'INSERT INTO reservation_categories (title_ja, title_tr, sort_order, created_at) VALUES (?, ?, ?, ?) RETURNING id';
const INSERT_FORM = `INSERT INTO reservation_forms (category_id, title_ja, title_tr, venue_ja, venue_tr, description_ja, description_tr,
    opens_at, closes_at, series, dose_interval_days, sort_order, created_at)
  VALUES (@categoryId, @titleJa, @titleTr, @venueJa, @venueTr, @descriptionJa, @descriptionTr,
    @opensAt, @closesAt, @series, @doseIntervalDays, @sortOrder, @now)
  RETURNING id`;
const INSERT_SLOT = 'INSERT INTO reservation_slots (form_id, starts_at, capacity) VALUES (?, ?, ?) RETURNING id';

export class CatalogStore {
  constructor(private readonly store: Store) {}

  categories(): Promise<CategoryRow[]> {
    return this.store.all<CategoryRow>(CATEGORIES);
  }

  category(id: number): Promise<CategoryRow | undefined> {
    return this.store.get<CategoryRow>(CATEGORY_BY_ID, [id]);
  }

  forms(categoryId: number): Promise<FormRow[]> {
    return this.store.all<FormRow>(FORMS, [categoryId]);
  }

  form(id: number): Promise<FormRow | undefined> {
    return this.store.get<FormRow>(FORM_BY_ID, [id]);
  }

  /** Slots starting after `after`, earliest first. */
  upcomingSlots(formId: number, after: number, limit: number): Promise<SlotRow[]> {
    return this.store.all<SlotRow>(UPCOMING_SLOTS, [formId, after, limit]);
  }

  slot(id: number): Promise<SlotRow | undefined> {
    return this.store.get<SlotRow>(SLOT_BY_ID, [id]);
  }

  /** The slot, row-locked until the caller's transaction ends: for a read followed by takePlace. */
  slotForUpdate(id: number): Promise<SlotRow | undefined> {
    return this.store.get<SlotRow>(SLOT_FOR_UPDATE, [id]);
  }

  /** Takes one place; false when the slot is full (or does not exist). */
  async takePlace(slotId: number): Promise<boolean> {
    return (await this.store.run(TAKE, [slotId])).changes === 1;
  }

  async releasePlace(slotId: number): Promise<void> {
    await this.store.run(RELEASE, [slotId]);
  }

  async addCategory(category: NewCategory, now: number): Promise<number> {
    return insertedId(await this.store.get<{ id: number }>(INSERT_CATEGORY, [category.titleJa, translationsJson(category.titleTr ?? {}), category.sortOrder, now]));
  }

  async addForm(form: NewForm, now: number): Promise<number> {
    const row = await this.store.get<{ id: number }>(INSERT_FORM, {
      ...form,
      titleTr: translationsJson(form.titleTr ?? {}),
      venueTr: translationsJson(form.venueTr ?? {}),
      descriptionTr: translationsJson(form.descriptionTr ?? {}),
      series: form.series ? 1 : 0,
      now,
    });
    return insertedId(row);
  }

  async addSlot(formId: number, startsAt: number, capacity: number): Promise<number> {
    return insertedId(await this.store.get<{ id: number }>(INSERT_SLOT, [formId, startsAt, capacity]));
  }
}
