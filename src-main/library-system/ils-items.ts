// Catalogue items linked to the ILS's item identifiers (table ils_items, migration 011). The
// screens know items by catalogue id; the ILS by its own id (SIP2 AB). An item the ILS lists that
// the catalogue lacks is added on first sight with added_at 0 — so the SDI job, which announces
// items added since its last run, never mails it as a new arrival — and linked.
import type { Store } from '../store/store';
import { insertedId } from '../store/inserted-id';
import { isUniqueViolation } from '../store/store';

const BY_ILS = 'SELECT item_id FROM ils_items WHERE ils_id = ?';
const BY_ITEM = 'SELECT ils_id FROM ils_items WHERE item_id = ?';
const ADD_ITEM = "INSERT INTO catalogue_items (title, author, publisher, year, kind, added_at) VALUES (?, '', '', NULL, 'book', 0) RETURNING id";
const LINK = 'INSERT INTO ils_items (item_id, ils_id) VALUES (?, ?)';
const TITLE = 'UPDATE catalogue_items SET title = ? WHERE id = ? AND title <> ?';

export class IlsItems {
  constructor(private readonly store: Store) {}

  /** The ILS's id of a catalogue item, or null when the item is not linked. */
  async ilsIdOf(itemId: number): Promise<string | null> {
    return (await this.store.get<{ ils_id: string }>(BY_ITEM, [itemId]))?.ils_id ?? null;
  }

  /** Links an existing catalogue item (the catalogue import, the demo, tests). */
  async link(itemId: number, ilsId: string): Promise<void> {
    await this.store.run(LINK, [itemId, ilsId]);
  }

  /**
   * The catalogue id of an item the ILS named, adding and linking it when unknown. The ILS's title
   * wins: it is the record the library keeps. Another terminal may link the same item at the same
   * moment; the unique ils_id lets one win and the other reads its row.
   */
  async catalogueIdOf(ilsId: string, title: string): Promise<number> {
    const known = await this.store.get<{ item_id: number }>(BY_ILS, [ilsId]);
    if (known) {
      if (title !== '') await this.store.run(TITLE, [title, known.item_id, title]);
      return known.item_id;
    }
    try {
      return await this.store.transaction(async () => {
        const id = insertedId(await this.store.get<{ id: number }>(ADD_ITEM, [title || ilsId]));
        await this.store.run(LINK, [id, ilsId]);
        return id;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const row = await this.store.get<{ item_id: number }>(BY_ILS, [ilsId]);
      if (!row) throw error;
      return row.item_id;
    }
  }
}

