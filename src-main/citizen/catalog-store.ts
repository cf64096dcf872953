// The reservation catalogue tables: categories → forms → slots, and the two statements that take
// and give back a place. Only this file holds catalogue SQL.
import type { Db } from '../store/database';

export interface CategoryRow {
  id: number;
  titleJa: string;
  titleEn: string | null;
  formCount: number;
}

export interface FormRow {
  id: number;
  categoryId: number;
  titleJa: string;
  titleEn: string | null;
  venueJa: string;
  venueEn: string | null;
  descriptionJa: string;
  descriptionEn: string | null;
  opensAt: number;
  closesAt: number;
  series: number;
  doseIntervalDays: number | null;
}

export interface SlotRow {
  id: number;
  formId: number;
  startsAt: number;
  capacity: number;
  booked: number;
}

export interface NewCategory {
  titleJa: string;
  titleEn: string | null;
  sortOrder: number;
}

export interface NewForm {
  categoryId: number;
  titleJa: string;
  titleEn: string | null;
  venueJa: string;
  venueEn: string | null;
  descriptionJa: string;
  descriptionEn: string | null;
  opensAt: number;
  closesAt: number;
  series: boolean;
  doseIntervalDays: number | null;
  sortOrder: number;
}

const CATEGORY = `SELECT c.id, c.title_ja AS titleJa, c.title_en AS titleEn,
  (SELECT count(*) FROM reservation_forms f WHERE f.category_id = c.id) AS formCount
  FROM reservation_categories c`;

const FORM = `SELECT id, category_id AS categoryId, title_ja AS titleJa, title_en AS titleEn, venue_ja AS venueJa,
  venue_en AS venueEn, description_ja AS descriptionJa, description_en AS descriptionEn, opens_at AS opensAt,
  closes_at AS closesAt, series, dose_interval_days AS doseIntervalDays FROM reservation_forms`;

export class CatalogStore {
  private readonly stmt;

  constructor(db: Db) {
    this.stmt = {
      categories: db.prepare<[], CategoryRow>(`${CATEGORY} ORDER BY c.sort_order, c.id`),
      category: db.prepare<[number], CategoryRow>(`${CATEGORY} WHERE c.id = ?`),
      forms: db.prepare<[number], FormRow>(`${FORM} WHERE category_id = ? ORDER BY sort_order, id`),
      form: db.prepare<[number], FormRow>(`${FORM} WHERE id = ?`),
      slots: db.prepare<[number, number, number], SlotRow>(
        `SELECT id, form_id AS formId, starts_at AS startsAt, capacity, booked FROM reservation_slots
         WHERE form_id = ? AND starts_at > ? ORDER BY starts_at, id LIMIT ?`,
      ),
      slot: db.prepare<[number], SlotRow>(
        'SELECT id, form_id AS formId, starts_at AS startsAt, capacity, booked FROM reservation_slots WHERE id = ?',
      ),
      // The capacity check and the increment are one statement: two terminals can never both take
      // the last place, whatever order their transactions run in.
      take: db.prepare<[number]>('UPDATE reservation_slots SET booked = booked + 1 WHERE id = ? AND booked < capacity'),
      release: db.prepare<[number]>('UPDATE reservation_slots SET booked = booked - 1 WHERE id = ? AND booked > 0'),
      insertCategory: db.prepare<[string, string | null, number, number]>(
        'INSERT INTO reservation_categories (title_ja, title_en, sort_order, created_at) VALUES (?, ?, ?, ?)',
      ),
      insertForm: db.prepare(
        `INSERT INTO reservation_forms (category_id, title_ja, title_en, venue_ja, venue_en, description_ja, description_en,
           opens_at, closes_at, series, dose_interval_days, sort_order, created_at)
         VALUES (@categoryId, @titleJa, @titleEn, @venueJa, @venueEn, @descriptionJa, @descriptionEn,
           @opensAt, @closesAt, @series, @doseIntervalDays, @sortOrder, @now)`,
      ),
      insertSlot: db.prepare<[number, number, number]>(
        'INSERT INTO reservation_slots (form_id, starts_at, capacity) VALUES (?, ?, ?)',
      ),
    };
  }

  categories(): CategoryRow[] {
    return this.stmt.categories.all();
  }

  category(id: number): CategoryRow | undefined {
    return this.stmt.category.get(id);
  }

  forms(categoryId: number): FormRow[] {
    return this.stmt.forms.all(categoryId);
  }

  form(id: number): FormRow | undefined {
    return this.stmt.form.get(id);
  }

  /** Slots starting after `after`, earliest first. */
  upcomingSlots(formId: number, after: number, limit: number): SlotRow[] {
    return this.stmt.slots.all(formId, after, limit);
  }

  slot(id: number): SlotRow | undefined {
    return this.stmt.slot.get(id);
  }

  /** Takes one place; false when the slot is full (or does not exist). */
  takePlace(slotId: number): boolean {
    return this.stmt.take.run(slotId).changes === 1;
  }

  releasePlace(slotId: number): void {
    this.stmt.release.run(slotId);
  }

  addCategory(category: NewCategory, now: number): number {
    return Number(this.stmt.insertCategory.run(category.titleJa, category.titleEn, category.sortOrder, now).lastInsertRowid);
  }

  addForm(form: NewForm, now: number): number {
    return Number(this.stmt.insertForm.run({ ...form, series: form.series ? 1 : 0, now }).lastInsertRowid);
  }

  addSlot(formId: number, startsAt: number, capacity: number): number {
    return Number(this.stmt.insertSlot.run(formId, startsAt, capacity).lastInsertRowid);
  }
}
