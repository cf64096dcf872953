-- PostgreSQL twin of sqlite/015_languages.sql: every resident's language (issue 17). The JSON map
-- is TEXT as on SQLite, so both stores hand the same string to the same parser.

ALTER TABLE citizen_profiles DROP CONSTRAINT citizen_profiles_locale_check;
ALTER TABLE citizen_profiles ADD CONSTRAINT citizen_profiles_locale_check
  CHECK (locale IN ('ja', 'easy', 'en', 'zh', 'vi', 'fil', 'pt', 'id', 'ne', 'ko'));

ALTER TABLE patrons DROP CONSTRAINT patrons_mail_locale_check;
ALTER TABLE patrons ADD CONSTRAINT patrons_mail_locale_check
  CHECK (mail_locale IN ('ja', 'easy', 'en', 'zh', 'vi', 'fil', 'pt', 'id', 'ne', 'ko'));

ALTER TABLE reservation_categories ADD COLUMN title_tr TEXT NOT NULL DEFAULT '{}';
UPDATE reservation_categories SET title_tr = json_build_object('en', title_en)::text WHERE coalesce(title_en, '') <> '';
ALTER TABLE reservation_categories DROP COLUMN title_en;

ALTER TABLE reservation_forms ADD COLUMN title_tr TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reservation_forms ADD COLUMN venue_tr TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reservation_forms ADD COLUMN description_tr TEXT NOT NULL DEFAULT '{}';
UPDATE reservation_forms SET title_tr = json_build_object('en', title_en)::text WHERE coalesce(title_en, '') <> '';
UPDATE reservation_forms SET venue_tr = json_build_object('en', venue_en)::text WHERE coalesce(venue_en, '') <> '';
UPDATE reservation_forms SET description_tr = json_build_object('en', description_en)::text WHERE coalesce(description_en, '') <> '';
ALTER TABLE reservation_forms DROP COLUMN title_en;
ALTER TABLE reservation_forms DROP COLUMN venue_en;
ALTER TABLE reservation_forms DROP COLUMN description_en;

ALTER TABLE library_branches ADD COLUMN name_tr TEXT NOT NULL DEFAULT '{}';
UPDATE library_branches SET name_tr = json_build_object('en', name_en)::text WHERE coalesce(name_en, '') <> '';
ALTER TABLE library_branches DROP COLUMN name_en;
