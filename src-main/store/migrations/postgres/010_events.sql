-- PostgreSQL twin of sqlite/010_events.sql: back office for city-hall events (issue 14).

ALTER TABLE staff_permissions DROP CONSTRAINT staff_permissions_permission_check;
ALTER TABLE staff_permissions ADD CONSTRAINT staff_permissions_permission_check
  CHECK (permission IN ('patron_lookup', 'patron_register', 'patron_password_reset',
                        'reservation_desk', 'mail_log', 'audit_log', 'staff_management',
                        'event_management', 'circulation', 'catalogue', 'statistics'));

ALTER TABLE reservation_forms ADD COLUMN audience TEXT NOT NULL DEFAULT 'anyone' CHECK (audience IN ('anyone', 'residents'));
ALTER TABLE reservation_forms ADD COLUMN slot_capacity BIGINT CHECK (slot_capacity IS NULL OR slot_capacity >= 1);
ALTER TABLE reservation_forms ADD COLUMN cancel_hours BIGINT NOT NULL DEFAULT 0 CHECK (cancel_hours >= 0);
ALTER TABLE reservation_forms ADD COLUMN updated_at BIGINT;

ALTER TABLE reservation_slots ADD COLUMN ends_at BIGINT;
ALTER TABLE reservation_slots ADD COLUMN closed_at BIGINT;

ALTER TABLE reservations ADD COLUMN attended_at BIGINT;
CREATE INDEX reservations_slot ON reservations (slot_id);

CREATE TABLE closed_days (
  day   TEXT NOT NULL PRIMARY KEY CHECK (length(day) IN (5, 10)),
  note  TEXT NOT NULL DEFAULT ''
);
INSERT INTO closed_days (day, note) VALUES
  ('12-29', '年末年始'), ('12-30', '年末年始'), ('12-31', '年末年始'),
  ('01-01', '年末年始'), ('01-02', '年末年始'), ('01-03', '年末年始');
