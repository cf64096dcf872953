// The catalogue import (issue 14): a library's CSV / TSV file into catalogue_items, for
// `madoguchi-admin catalogue import`, the counter's 蔵書データの取り込み screen and the demo alike.
//
// All or nothing, twice over. A file with any refused line is not written at all: the clerk gets
// every refused line with its reason, fixes the file and imports it again — importing the good
// lines only would leave the catalogue with part of a shelf and the refused items to be found by
// hand later. A file without refusals is written in one store transaction with its audit row, so
// a failure half way (a lost PostgreSQL connection, a full disk) leaves nothing either. Items are
// matched by 資料ID (barcode): a known one is updated in place, keeping its id (loans, holds,
// shelves and SDI name items by id), and one whose values did not change is left alone.
//
// The transaction holds the site's one write lock while it runs (PostgreSQL's, or SQLite's
// connection), so other terminals' writes wait for it: about 10 s for 100,000 lines on the bench.
import type { ImportReport } from '../../src-shared/contract/catalogue';
import type { Actor } from '../auth/accounts';
import type { AuditLog } from '../audit/log';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import type { Branches } from './branches';
import type { LibraryCalendar } from './calendar';
import { checkCatalogueFile, type CheckedFile } from './catalogue-import-file';
import type { CatalogueLine } from './catalogue-import-line';
import { existingItems, insertSql, sameItem, upsertSql, writeItems } from './catalogue-import-store';

export interface CatalogueImportDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  branches: Branches;
  calendar: LibraryCalendar;
}

export interface ImportOptions {
  /** The file's name, for the audit row. */
  fileName: string;
  /** When the new items joined the collection (default now; the demo's are older, so SDI skips them). */
  addedAt?: number;
}

interface Sorted {
  added: CatalogueLine[];
  changed: CatalogueLine[];
  unchanged: number;
}

const AUDIT_ACTION = 'library.catalogue.import';

export class CatalogueImport {
  constructor(private readonly d: CatalogueImportDeps) {}

  /** The dry run: what an import of these bytes would do, writing nothing. */
  async check(bytes: Uint8Array): Promise<ImportReport> {
    const file = await this.read(bytes);
    // Counted for the accepted lines also when others are refused: the clerk sees what the
    // corrected file will do.
    return report(file, await this.sort(file), false);
  }

  /** The import: every line or none (see the top of this file). A refused file is audited as denied. */
  async run(bytes: Uint8Array, by: Actor, options: ImportOptions): Promise<ImportReport> {
    const { store, audit, clock } = this.d;
    const file = await this.read(bytes);
    const fileName = options.fileName.slice(0, 100);
    if (file.refusedLines > 0) {
      await audit.append({
        ...by,
        action: AUDIT_ACTION,
        target: null,
        outcome: 'denied',
        detail: { file: fileName, lines: file.lines, refused: file.refusedLines },
      });
      return report(file, null, false);
    }
    const now = clock.now();
    const sorted = await store.transaction(async () => {
      const s = await this.sort(file);
      await writeItems(store, insertSql, s.added, options.addedAt ?? now, now);
      await writeItems(store, upsertSql, s.changed, options.addedAt ?? now, now);
      await audit.append({
        ...by,
        action: AUDIT_ACTION,
        target: null,
        outcome: 'ok',
        detail: { file: fileName, encoding: file.encoding, lines: file.lines, added: s.added.length, updated: s.changed.length, unchanged: s.unchanged },
      });
      return s;
    });
    return report(file, sorted, true);
  }

  private async read(bytes: Uint8Array): Promise<CheckedFile> {
    // Branches edited on another terminal a moment ago count.
    await this.d.branches.reload();
    const maxYear = Number(this.d.calendar.dateOf(this.d.clock.now()).slice(0, 4)) + 1;
    return checkCatalogueFile(bytes, { branchOf: (cell) => this.d.branches.codeOf(cell), maxYear });
  }

  private async sort(file: CheckedFile): Promise<Sorted> {
    const known = await existingItems(this.d.store, file.accepted.map((a) => a.item.barcode));
    const sorted: Sorted = { added: [], changed: [], unchanged: 0 };
    for (const { item } of file.accepted) {
      const stored = known.get(item.barcode);
      if (!stored) sorted.added.push(item);
      else if (sameItem(stored, item)) sorted.unchanged++;
      else sorted.changed.push(item);
    }
    return sorted;
  }
}

function report(file: CheckedFile, sorted: Sorted | null, written: boolean): ImportReport {
  return {
    encoding: file.encoding,
    delimiter: file.delimiter,
    lines: file.lines,
    added: sorted?.added.length ?? 0,
    updated: sorted?.changed.length ?? 0,
    unchanged: sorted?.unchanged ?? 0,
    refusedLines: file.refusedLines,
    refusals: file.refusals,
    refusalCount: file.refusals.length,
    written,
  };
}
