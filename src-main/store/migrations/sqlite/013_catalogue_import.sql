-- The catalogue as a library's own data (issue 14): items imported from the library's CSV / TSV
-- file carry its 資料ID (barcode), ISBN, NDC, 所蔵館 and 状態, and a re-import updates an item by its
-- barcode. Branches and their opening days are data edited on the counter's staff screen instead
-- of the config. The same tables and columns exist in migrations/postgres/013_catalogue_import.sql.

-- NULL for items from before the import (the demo of older versions, items an ILS listed first):
-- unique indexes treat NULLs as distinct in both dialects, so only real barcodes must differ.
ALTER TABLE catalogue_items ADD COLUMN barcode TEXT;
-- ISBN-13 digits without hyphens (an ISBN-10 is stored in its 978 form).
ALTER TABLE catalogue_items ADD COLUMN isbn TEXT;
-- 日本十進分類法: three digits, optionally a point and more digits ('913.6').
ALTER TABLE catalogue_items ADD COLUMN ndc TEXT;
ALTER TABLE catalogue_items ADD COLUMN branch TEXT REFERENCES library_branches (code);
-- The item's own standing, not its circulation (loans and holds keep that): available 利用可,
-- reference 禁帯出, repair 修理中, missing 不明, withdrawn 除籍.
ALTER TABLE catalogue_items ADD COLUMN status TEXT NOT NULL DEFAULT 'available'
  CHECK (status IN ('available', 'reference', 'repair', 'missing', 'withdrawn'));
ALTER TABLE catalogue_items ADD COLUMN updated_at INTEGER;
CREATE UNIQUE INDEX catalogue_items_barcode ON catalogue_items (barcode);

-- Weekdays a branch is open, as bits: 1 = Sunday, 2 = Monday, … 64 = Saturday (127: every day).
ALTER TABLE library_branches ADD COLUMN open_weekdays INTEGER NOT NULL DEFAULT 127 CHECK (open_weekdays BETWEEN 0 AND 127);

-- Dates a branch is closed although its weekday is open (年末年始, 蔵書点検, a holiday closing).
CREATE TABLE library_closed_dates (
  branch  TEXT NOT NULL REFERENCES library_branches (code),
  day     TEXT NOT NULL CHECK (length(day) = 10),
  note    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (branch, day)
) WITHOUT ROWID;
