// Rows that carry a catalogue item in i_* columns, turned into the contract's item shape.
import type { CatalogueItem } from '../../src-shared/contract/library';

export const ITEM_AS = 'i.id AS i_id, i.title AS i_title, i.author AS i_author, i.publisher AS i_publisher, i.year AS i_year, i.kind AS i_kind';

export interface ItemColumns {
  i_id: number;
  i_title: string;
  i_author: string;
  i_publisher: string;
  i_year: number | null;
  i_kind: 'book' | 'ebook';
}

export function itemOf(r: ItemColumns): CatalogueItem {
  return { id: r.i_id, title: r.i_title, author: r.i_author, publisher: r.i_publisher, year: r.i_year, kind: r.i_kind };
}
