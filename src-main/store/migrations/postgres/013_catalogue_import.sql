-- PostgreSQL twin of sqlite/013_catalogue_import.sql: imported catalogue items keep their barcode,
-- ISBN, NDC, 所蔵館 and 状態; branches gain their opening days.
ALTER TABLE catalogue_items ADD COLUMN barcode TEXT;
ALTER TABLE catalogue_items ADD COLUMN isbn TEXT;
ALTER TABLE catalogue_items ADD COLUMN ndc TEXT;
ALTER TABLE catalogue_items ADD COLUMN branch TEXT REFERENCES library_branches (code);
ALTER TABLE catalogue_items ADD COLUMN status TEXT NOT NULL DEFAULT 'available'
  CHECK (status IN ('available', 'reference', 'repair', 'missing', 'withdrawn'));
ALTER TABLE catalogue_items ADD COLUMN updated_at BIGINT;
CREATE UNIQUE INDEX catalogue_items_barcode ON catalogue_items (barcode);

ALTER TABLE library_branches ADD COLUMN open_weekdays BIGINT NOT NULL DEFAULT 127 CHECK (open_weekdays BETWEEN 0 AND 127);

CREATE TABLE library_closed_dates (
  branch  TEXT NOT NULL REFERENCES library_branches (code),
  day     TEXT NOT NULL CHECK (length(day) = 10),
  note    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (branch, day)
);
