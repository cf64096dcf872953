// SDI (選択的情報提供): the patron keeps keywords and authors, each on or off; after new items
// join the catalogue, each patron with matches gets one digest mail per run, to the SDI
// destinations.
//
// A run covers the catalogue ids added since the previous run. It is recorded before any mail
// is queued, and each patron's digest commits together with a delivery row, so a run cut short
// by a crash is resumed at the next start without mailing anyone twice; a run overlapping it (another
// terminal's) shares it and its delivery rows.
import { SDI_ENTRY_LIMIT, type SdiEntry } from '../../src-shared/contract/library';
import { DomainError } from '../domain-error';
import type { ItemRow } from './catalogue';
import type { LibraryDeps } from './deps';
import { insertedId } from '../store/inserted-id';
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

const LIST = 'SELECT * FROM sdi_profiles WHERE account_id = ? ORDER BY created_at, id';
const ONE = 'SELECT * FROM sdi_profiles WHERE id = ?';
const COUNT = 'SELECT count(*) AS n FROM sdi_profiles WHERE account_id = ?';
const INSERT = `INSERT INTO sdi_profiles (account_id, field, term, created_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id, field, term) DO NOTHING`;
const BY_TERM = 'SELECT * FROM sdi_profiles WHERE account_id = ? AND field = ? AND term = ?';
const ENABLE = 'UPDATE sdi_profiles SET enabled = ? WHERE id = ?';
const REMOVE = 'DELETE FROM sdi_profiles WHERE id = ?';
const PAGE_OF_PROFILES = 'SELECT * FROM sdi_profiles WHERE enabled = 1 AND account_id > ? ORDER BY account_id, id LIMIT ?';
const OPEN_RUN = 'SELECT id, from_item_id, to_item_id FROM sdi_runs WHERE finished_at IS NULL ORDER BY id LIMIT 1';
const LAST_TO = 'SELECT max(to_item_id) AS "to" FROM sdi_runs';
const FIRST_FROM = 'SELECT max(id) AS id FROM catalogue_items WHERE added_at < ?';
const START_RUN = 'INSERT INTO sdi_runs (from_item_id, to_item_id, started_at) VALUES (?, ?, ?) RETURNING id';
const FINISH_RUN = 'UPDATE sdi_runs SET finished_at = ? WHERE id = ?';
// The (run, patron) key keeps a digest to one per run, also for two runs that overlap.
const DELIVER = 'INSERT INTO sdi_deliveries (run_id, account_id) VALUES (?, ?) ON CONFLICT (run_id, account_id) DO NOTHING';

interface SdiRun {
  id: number;
  from_item_id: number;
  to_item_id: number;
}

export class Sdi {
  constructor(private readonly d: LibraryDeps) {}

  async list(accountId: number): Promise<SdiEntry[]> {
    return (await this.d.store.all<ProfileRow>(LIST, [accountId])).map(entry);
  }

  add(accountId: number, field: 'keyword' | 'author', term: string): Promise<SdiEntry> {
    const { store } = this.d;
    return store.transaction(async () => {
      const existing = await store.get<ProfileRow>(BY_TERM, [accountId, field, term]);
      if (existing) return entry(existing);
      if (((await store.get<{ n: number }>(COUNT, [accountId]))?.n ?? 0) >= SDI_ENTRY_LIMIT) throw new DomainError('not_allowed');
      await store.run(INSERT, [accountId, field, term, this.d.clock.now()]);
      return entry((await store.get<ProfileRow>(BY_TERM, [accountId, field, term])) as ProfileRow);
    });
  }

  private async own(accountId: number, id: number): Promise<ProfileRow> {
    const row = await this.d.store.get<ProfileRow>(ONE, [id]);
    if (!row || row.account_id !== accountId) throw new DomainError('not_found');
    return row;
  }

  setEnabled(accountId: number, id: number, enabled: boolean): Promise<SdiEntry> {
    return this.d.store.transaction(async () => {
      await this.own(accountId, id);
      await this.d.store.run(ENABLE, [enabled ? 1 : 0, id]);
      return entry((await this.d.store.get<ProfileRow>(ONE, [id])) as ProfileRow);
    });
  }

  async remove(accountId: number, id: number): Promise<void> {
    await this.d.store.transaction(async () => {
      await this.own(accountId, id);
      await this.d.store.run(REMOVE, [id]);
    });
  }

  /**
   * The unfinished run, or a new one over the items added since the last. One transaction, so
   * two runs starting at once (two terminals) agree on one run instead of each opening its own.
   */
  private openRun(now: number): Promise<SdiRun | null> {
    const { store } = this.d;
    return store.transaction(async () => {
      const open = await store.get<SdiRun>(OPEN_RUN);
      if (open) return open;
      // The very first run looks back one day only, not at the whole existing catalogue.
      const from =
        (await store.get<{ to: number | null }>(LAST_TO))?.to ?? (await store.get<{ id: number | null }>(FIRST_FROM, [now - 24 * 60 * 60 * 1000]))?.id ?? 0;
      const to = await this.d.catalogue.maxId();
      if (to <= from) return null;
      const id = insertedId(await store.get<{ id: number }>(START_RUN, [from, to, now]));
      return { id, from_item_id: from, to_item_id: to };
    });
  }

  async run(now = this.d.clock.now()): Promise<SdiRunReport> {
    const run = await this.openRun(now);
    if (!run) return { runId: null, items: 0, digests: 0 };
    const items = await this.d.catalogue.between(run.from_item_id, run.to_item_id);
    // Folded once per run, not once per patron's entry: every entry of every patron scans them all.
    const searchable = items.map((item) => ({ item, author: fold(item.author), any: fold(`${item.title}\n${item.author}`) }));
    let digests = 0;
    let after = 0;
    for (;;) {
      const page = await this.d.store.all<ProfileRow>(PAGE_OF_PROFILES, [after, PAGE]);
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
        if (await this.digest(run.id, accountId, profiles, searchable)) digests++;
      }
      after = (rows[rows.length - 1] as ProfileRow).account_id;
    }
    await this.d.store.run(FINISH_RUN, [now, run.id]);
    return { runId: run.id, items: items.length, digests };
  }

  private async digest(runId: number, accountId: number, profiles: ProfileRow[], items: SearchableItem[]): Promise<boolean> {
    const matches = profiles
      .map((p) => {
        const term = fold(p.term);
        // A keyword is looked for in the title and the author, an author only in the author.
        const hits = items.filter((i) => (p.field === 'author' ? i.author : i.any).includes(term)).map((i) => i.item);
        return { term: p.term, items: hits };
      })
      .filter((m) => m.items.length > 0);
    if (matches.length === 0) return false;
    const { store } = this.d;
    return store.transaction(async () => {
      if ((await store.run(DELIVER, [runId, accountId])).changes === 0) return false;
      const patron = await this.d.patrons.get(accountId);
      if (!patron) return false;
      const addresses = addressesFor(patron.settings, patron.settings.sdiTo);
      for (const to of addresses) {
        await this.d.mailer.enqueue(sdiDigestMail, {
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
    });
  }
}
