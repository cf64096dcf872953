-- Back office for city-hall events (issue 14): staff create what citizens book. The same tables and
-- columns exist in migrations/postgres/010_events.sql.

-- New staff permissions: event_management (this issue's events and slots) and, declared now so that
-- one migration widens the list once, circulation, catalogue and statistics. SQLite cannot alter a
-- CHECK, so the table is rebuilt (nothing references it).
CREATE TABLE staff_permissions_new (
  account_id  INTEGER NOT NULL REFERENCES staff_profiles (account_id) ON DELETE CASCADE,
  permission  TEXT    NOT NULL CHECK (permission IN ('patron_lookup', 'patron_register', 'patron_password_reset',
                                                     'reservation_desk', 'mail_log', 'audit_log', 'staff_management',
                                                     'event_management', 'circulation', 'catalogue', 'statistics')),
  PRIMARY KEY (account_id, permission)
) WITHOUT ROWID;
INSERT INTO staff_permissions_new (account_id, permission) SELECT account_id, permission FROM staff_permissions;
DROP TABLE staff_permissions;
ALTER TABLE staff_permissions_new RENAME TO staff_permissions;

-- An event (予約フォーム) as staff edit it.
-- audience: who may book — 'anyone', or 'residents' (市内在住・在勤の方) which the kiosk shows as a
-- condition and the counter checks on the day (the kiosk cannot prove residence).
ALTER TABLE reservation_forms ADD COLUMN audience TEXT NOT NULL DEFAULT 'anyone' CHECK (audience IN ('anyone', 'residents'));
-- The capacity new slots get by default (NULL: forms from before the back office).
ALTER TABLE reservation_forms ADD COLUMN slot_capacity INTEGER CHECK (slot_capacity IS NULL OR slot_capacity >= 1);
-- A citizen may cancel until this many hours before the slot starts (0: until it starts).
ALTER TABLE reservation_forms ADD COLUMN cancel_hours INTEGER NOT NULL DEFAULT 0 CHECK (cancel_hours >= 0);
ALTER TABLE reservation_forms ADD COLUMN updated_at INTEGER;

-- A slot's end (NULL for slots from before the back office: they are taken as a moment) and its
-- closing: a closed slot is never offered again; its reservations were cancelled with the closing.
ALTER TABLE reservation_slots ADD COLUMN ends_at INTEGER;
ALTER TABLE reservation_slots ADD COLUMN closed_at INTEGER;

-- 来場: when the counter checked the attendee in (NULL: not yet).
ALTER TABLE reservations ADD COLUMN attended_at INTEGER;
-- Whether a slot ever had a reservation (an empty slot may be deleted; one with history only closed).
CREATE INDEX reservations_slot ON reservations (slot_id);

-- The city's own closed days, skipped by slot generation like national holidays. 'MM-DD' recurs
-- every year; 'YYYY-MM-DD' is one date. Edited on the slot generation screen.
CREATE TABLE closed_days (
  day   TEXT NOT NULL PRIMARY KEY CHECK (length(day) IN (5, 10)),
  note  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
-- 年末年始 (12/29–1/3), the usual closing of Japanese city halls.
INSERT INTO closed_days (day, note) VALUES
  ('12-29', '年末年始'), ('12-30', '年末年始'), ('12-31', '年末年始'),
  ('01-01', '年末年始'), ('01-02', '年末年始'), ('01-03', '年末年始');
