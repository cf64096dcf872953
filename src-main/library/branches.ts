// The configured branches, mirrored into library_branches at start-up so loans and holds can
// reference them. A branch dropped from the config stays, inactive, for the records naming it.
import type { BranchInfo } from '../../src-shared/contract/library';
import type { LibraryConfig } from '../config/library';
import type { Db } from '../store/database';

export class Branches {
  private readonly active: BranchInfo[];

  constructor(db: Db, config: LibraryConfig) {
    this.active = config.branches.map((b) => ({ code: b.code, ja: b.ja, en: b.en }));
    const upsert = db.prepare(
      `INSERT INTO library_branches (code, name_ja, name_en, sort_order, active) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (code) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en,
         sort_order = excluded.sort_order, active = 1`,
    );
    db.transaction(() => {
      db.prepare('UPDATE library_branches SET active = 0').run();
      this.active.forEach((b, i) => upsert.run(b.code, b.ja, b.en, i));
    }).immediate();
  }

  list(): BranchInfo[] {
    return this.active;
  }

  codes(): string[] {
    return this.active.map((b) => b.code);
  }

  has(code: string): boolean {
    return this.active.some((b) => b.code === code);
  }

  /** The first configured branch: the default 予約受取館. */
  get main(): string {
    return (this.active[0] as BranchInfo).code;
  }

  name(code: string, locale: 'ja' | 'en'): string {
    const b = this.active.find((x) => x.code === code);
    return b ? b[locale] : code;
  }
}
