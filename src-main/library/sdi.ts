// SDI (選択的情報提供): the patron keeps keywords and authors, each on or off; after new items
// join the catalogue, each patron with matches gets one digest mail per run, to the SDI
// destinations.
//
// A run covers the catalogue ids added since the previous run. It is recorded before any mail
// is queued, and each patron's digest commits together with a delivery row, so a run cut short
// by a crash is resumed at the next start without mailing anyone twice.
import { SDI_ENTRY_LIMIT, type SdiEntry } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { ItemRow } from './catalogue';
import type { LibraryDeps } from './deps';
import { sdiDigestMail } from './mails';
import { addressesFor } from './patron-store';

export const SDI_JOB = 'library.sdi';
const PAGE = 5000;

interface ProfileRow {
  id: number;
  account_id: number;
  field: 'keyword' | 'author';
  term: string;
  enabled: number;
}

function entry(r: ProfileRow): SdiEntry {
  return { id: r.id, field: r.field, term: r.term, enabled: r.enabled === 1 };
}

/** Case- and width-insensitive containment (a full-width ＳＦ matches SF). */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A new item with its text folded for matching. */
interface SearchableItem {
  item: ItemRow;
  author: string;
  any: string;
}

export interface SdiRunReport {
  runId: number | null;
  items: number;
  digests: number;
}

export class Sdi {
  private readonly stmt;

  constructor(private readonly d: LibraryDeps) {
    const db = d.db;
    this.stmt = {
      list: db.prepare<[number], ProfileRow>('SELECT * FROM sdi_profiles WHERE account_id = ? ORDER BY created_at, id'),
      one: db.prepare<[number], ProfileRow>('SELECT * FROM sdi_profiles WHERE id = ?'),
      count: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM sdi_profiles WHERE account_id = ?'),
      insert: db.prepare<[number, string, string, number]>('INSERT OR IGNORE INTO sdi_profiles (account_id, field, term, created_at) VALUES (?, ?, ?, ?)'),
      byTerm: db.prepare<[number, string, string], ProfileRow>('SELECT * FROM sdi_profiles WHERE account_id = ? AND field = ? AND term = ?'),
      enable: db.prepare<[number, number]>('UPDATE sdi_profiles SET enabled = ? WHERE id = ?'),
      remove: db.prepare<[number]>('DELETE FROM sdi_profiles WHERE id = ?'),
      page: db.prepare<[number, number], ProfileRow>(
        'SELECT * FROM sdi_profiles WHERE enabled = 1 AND account_id > ? ORDER BY account_id, id LIMIT ?',
      ),
      openRun: db.prepare<[], { id: number; from_item_id: number; to_item_id: number }>(
        'SELECT id, from_item_id, to_item_id FROM sdi_runs WHERE finished_at IS NULL ORDER BY id LIMIT 1',
      ),
      lastTo: db.prepare<[], { to: number | null }>('SELECT max(to_item_id) AS "to" FROM sdi_runs'),
      firstFrom: db.prepare<[number], { id: number | null }>('SELECT max(id) AS id FROM catalogue_items WHERE added_at < ?'),
      startRun: db.prepare<[number, number, number]>('INSERT INTO sdi_runs (from_item_id, to_item_id, started_at) VALUES (?, ?, ?)'),
      finishRun: db.prepare<[number, number]>('UPDATE sdi_runs SET finished_at = ? WHERE id = ?'),
      delivered: db.prepare<[number, number], { one: number }>('SELECT 1 AS one FROM sdi_deliveries WHERE run_id = ? AND account_id = ?'),
      deliver: db.prepare<[number, number]>('INSERT INTO sdi_deliveries (run_id, account_id) VALUES (?, ?)'),
    };
  }

  list(accountId: number): SdiEntry[] {
    return this.stmt.list.all(accountId).map(entry);
  }

  add(accountId: number, field: 'keyword' | 'author', term: string): SdiEntry {
    return this.d.db.transaction(() => {
      const existing = this.stmt.byTerm.get(accountId, field, term);
      if (existing) return entry(existing);
      if ((this.stmt.count.get(accountId)?.n ?? 0) >= SDI_ENTRY_LIMIT) throw new DomainError('not_allowed');
      this.stmt.insert.run(accountId, field, term, this.d.clock.now());
      return entry(this.stmt.byTerm.get(accountId, field, term) as ProfileRow);
    }).immediate();
  }

  private own(accountId: number, id: number): ProfileRow {
    const row = this.stmt.one.get(id);
    if (!row || row.account_id !== accountId) throw new DomainError('not_found');
    return row;
  }

  setEnabled(accountId: number, id: number, enabled: boolean): SdiEntry {
    this.own(accountId, id);
    this.stmt.enable.run(enabled ? 1 : 0, id);
    return entry(this.stmt.one.get(id) as ProfileRow);
  }

  remove(accountId: number, id: number): void {
    this.own(accountId, id);
    this.stmt.remove.run(id);
  }

  run(now = this.d.clock.now()): SdiRunReport {
    let run = this.stmt.openRun.get();
    if (!run) {
      // The very first run looks back one day only, not at the whole existing catalogue.
      const from = this.stmt.lastTo.get()?.to ?? this.stmt.firstFrom.get(now - 24 * 60 * 60 * 1000)?.id ?? 0;
      const to = this.d.catalogue.maxId();
      if (to <= from) return { runId: null, items: 0, digests: 0 };
      const id = Number(this.stmt.startRun.run(from, to, now).lastInsertRowid);
      run = { id, from_item_id: from, to_item_id: to };
    }
    const items = this.d.catalogue.between(run.from_item_id, run.to_item_id);
    // Folded once per run, not once per patron's entry: every entry of every patron scans them all.
    const searchable = items.map((item) => ({ item, author: fold(item.author), any: fold(`${item.title}\n${item.author}`) }));
    let digests = 0;
    let after = 0;
    for (;;) {
      const page = this.stmt.page.all(after, PAGE);
      if (page.length === 0) break;
      // A page ends on a whole patron: drop a patron cut at the page edge unless it is the only one.
      let cut = page.length;
      const lastAccount = (page[page.length - 1] as ProfileRow).account_id;
      if (page.length === PAGE && (page[0] as ProfileRow).account_id !== lastAccount) {
        while (cut > 0 && (page[cut - 1] as ProfileRow).account_id === lastAccount) cut--;
      }
      const rows = page.slice(0, cut);
      const byPatron = new Map<number, ProfileRow[]>();
      for (const r of rows) {
        const list = byPatron.get(r.account_id);
        if (list) list.push(r);
        else byPatron.set(r.account_id, [r]);
      }
      for (const [accountId, profiles] of byPatron) {
        if (this.digest(run.id, accountId, profiles, searchable)) digests++;
      }
      after = (rows[rows.length - 1] as ProfileRow).account_id;
    }
    this.stmt.finishRun.run(now, run.id);
    return { runId: run.id, items: items.length, digests };
  }

  private digest(runId: number, accountId: number, profiles: ProfileRow[], items: SearchableItem[]): boolean {
    const matches = profiles
      .map((p) => {
        const term = fold(p.term);
        // A keyword is looked for in the title and the author, an author only in the author.
        const hits = items.filter((i) => (p.field === 'author' ? i.author : i.any).includes(term)).map((i) => i.item);
        return { term: p.term, items: hits };
      })
      .filter((m) => m.items.length > 0);
    if (matches.length === 0) return false;
    return this.d.db.transaction(() => {
      if (this.stmt.delivered.get(runId, accountId)) return false;
      this.stmt.deliver.run(runId, accountId);
      const patron = this.d.patrons.get(accountId);
      if (!patron) return false;
      const addresses = addressesFor(patron.settings, patron.settings.sdiTo);
      for (const to of addresses) {
        this.d.mailer.enqueue(sdiDigestMail, {
          to,
          locale: patron.mailLocale,
          accountId,
          params: {
            name: patron.displayName,
            matches: matches.map((m) => ({
              term: m.term,
              items: m.items.map((i) => ({ title: i.title, author: i.author, publisher: i.publisher, year: i.year })),
            })),
          },
        });
      }
      return addresses.length > 0;
    }).immediate();
  }
}
