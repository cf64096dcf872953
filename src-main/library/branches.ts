// The configured branches, mirrored into library_branches at start-up so loans and holds can
// reference them. A branch dropped from the config stays, inactive, for the records naming it.
import type { BranchInfo } from '../../src-shared/contract/library';
import type { LibraryConfig } from '../config/library';
import type { Store } from '../store/store';

const DEACTIVATE = 'UPDATE library_branches SET active = 0';
const UPSERT = `INSERT INTO library_branches (code, name_ja, name_en, sort_order, active) VALUES (?, ?, ?, ?, 1)
  ON CONFLICT (code) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en,
    sort_order = excluded.sort_order, active = 1`;

export class Branches {
  private readonly active: BranchInfo[];

  constructor(config: LibraryConfig) {
    this.active = config.branches.map((b) => ({ code: b.code, ja: b.ja, en: b.en }));
  }

  /** Writes the configured list to the store; run once at start-up, before anything names a branch. */
  async sync(store: Store): Promise<void> {
    await store.transaction(async () => {
      await store.run(DEACTIVATE);
      for (const [i, b] of this.active.entries()) await store.run(UPSERT, [b.code, b.ja, b.en, i]);
    });
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
