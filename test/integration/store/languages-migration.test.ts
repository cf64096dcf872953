// Migration 015 (issue 17) on a database that already holds data: English names move into the
// translations map, accounts keep their language, and every language of src-shared/locales.ts is
// then accepted where only ja and en were.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { locales } from '../../../src-shared/locales';
import { migrationsFor } from '../../../src-main/store/migrations';
import { openSqlite } from '../../../src-main/store/sqlite-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('moves the English texts into *_tr and widens the language checks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-015-'));
  dirs.push(dir);
  const file = join(dir, 'madoguchi.db');
  const all = migrationsFor.sqlite;
  const before = all.slice(0, 14);
  const old = openSqlite(file, { migrations: before });
  await old.run("INSERT INTO reservation_categories (id, title_ja, title_en, sort_order, created_at) VALUES (1, '相談', 'Consultations', 1, 0)");
  await old.run("INSERT INTO reservation_categories (id, title_ja, title_en, sort_order, created_at) VALUES (2, '教室', NULL, 2, 0)");
  await old.run(
    `INSERT INTO reservation_forms (id, category_id, title_ja, title_en, venue_ja, venue_en, description_ja, description_en, opens_at, closes_at, sort_order, created_at)
     VALUES (1, 1, '子育て相談', 'Parenting advice', '市民会館', '', '説明', NULL, 0, 1, 1, 0)`,
  );
  await old.run("INSERT INTO library_branches (code, name_ja, name_en, sort_order, active) VALUES ('honkan', '本館', 'Main Library', 0, 1)");
  old.close();

  const store = openSqlite(file, { migrations: all });
  expect(await store.all('SELECT id, title_ja AS ja, title_tr AS tr FROM reservation_categories ORDER BY id')).toEqual([
    { id: 1, ja: '相談', tr: '{"en":"Consultations"}' },
    { id: 2, ja: '教室', tr: '{}' },
  ]);
  expect(await store.get('SELECT title_tr AS title, venue_tr AS venue, description_tr AS description FROM reservation_forms WHERE id = 1')).toEqual({
    title: '{"en":"Parenting advice"}',
    venue: '{}',
    description: '{}',
  });
  const columns = (await store.all<{ name: string }>("SELECT name FROM pragma_table_info('reservation_forms')")).map((c) => c.name);
  expect(columns).not.toContain('title_en');
  expect(await store.get("SELECT name_ja AS ja, name_tr AS tr FROM library_branches WHERE code = 'honkan'")).toEqual({ ja: '本館', tr: '{"en":"Main Library"}' });
  // Every language is now a valid account language; anything else is still refused.
  const account = await store.get<{ id: number }>(
    "INSERT INTO accounts (kind, login_id, display_name, created_at, updated_at) VALUES ('citizen', 'k7m2p9q4', '山田', 0, 0) RETURNING id",
  );
  const accountId = account?.id ?? 0;
  for (const locale of locales) {
    await store.run("INSERT OR REPLACE INTO citizen_profiles (account_id, phone, locale, created_at, updated_at) VALUES (?, '0', ?, 0, 0)", [accountId, locale]);
  }
  await expect(store.run("UPDATE citizen_profiles SET locale = 'xx' WHERE account_id = ?", [accountId])).rejects.toThrow();
  store.close();
});
