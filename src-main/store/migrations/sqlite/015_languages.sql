-- Every resident's language (issue 17). Until now an account's language and the catalogue's text
-- knew two languages, ja and en, as a CHECK and as column pairs. Now:
-- - an account's language is any of src-shared/locales.ts (the CHECK lists them; adding one is a
--   migration, as the mails and screens it needs are code anyway);
-- - text staff type in (categories, events, their places and descriptions, branch names) keeps its Japanese
--   in the *_ja column, the source every screen falls back to, and its translations in a JSON map
--   *_tr ({"en": "...", "vi": "..."}) that any number of languages can fill.
-- SQLite cannot change a CHECK: the column is added anew, filled, and takes the old one's name.
-- The same in migrations/postgres/015_languages.sql.

ALTER TABLE citizen_profiles ADD COLUMN locale_any TEXT NOT NULL DEFAULT 'ja'
  CHECK (locale_any IN ('ja', 'easy', 'en', 'zh', 'vi', 'fil', 'pt', 'id', 'ne', 'ko'));
UPDATE citizen_profiles SET locale_any = locale;
ALTER TABLE citizen_profiles DROP COLUMN locale;
ALTER TABLE citizen_profiles RENAME COLUMN locale_any TO locale;

ALTER TABLE patrons ADD COLUMN mail_locale_any TEXT NOT NULL DEFAULT 'ja'
  CHECK (mail_locale_any IN ('ja', 'easy', 'en', 'zh', 'vi', 'fil', 'pt', 'id', 'ne', 'ko'));
UPDATE patrons SET mail_locale_any = mail_locale;
ALTER TABLE patrons DROP COLUMN mail_locale;
ALTER TABLE patrons RENAME COLUMN mail_locale_any TO mail_locale;

ALTER TABLE reservation_categories ADD COLUMN title_tr TEXT NOT NULL DEFAULT '{}';
UPDATE reservation_categories SET title_tr = json_object('en', title_en) WHERE coalesce(title_en, '') <> '';
ALTER TABLE reservation_categories DROP COLUMN title_en;

ALTER TABLE reservation_forms ADD COLUMN title_tr TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reservation_forms ADD COLUMN venue_tr TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reservation_forms ADD COLUMN description_tr TEXT NOT NULL DEFAULT '{}';
UPDATE reservation_forms SET title_tr = json_object('en', title_en) WHERE coalesce(title_en, '') <> '';
UPDATE reservation_forms SET venue_tr = json_object('en', venue_en) WHERE coalesce(venue_en, '') <> '';
UPDATE reservation_forms SET description_tr = json_object('en', description_en) WHERE coalesce(description_en, '') <> '';
ALTER TABLE reservation_forms DROP COLUMN title_en;
ALTER TABLE reservation_forms DROP COLUMN venue_en;
ALTER TABLE reservation_forms DROP COLUMN description_en;

-- Branch names too: 本館 in name_ja, its translations in name_tr.
ALTER TABLE library_branches ADD COLUMN name_tr TEXT NOT NULL DEFAULT '{}';
UPDATE library_branches SET name_tr = json_object('en', name_en) WHERE coalesce(name_en, '') <> '';
ALTER TABLE library_branches DROP COLUMN name_en;
