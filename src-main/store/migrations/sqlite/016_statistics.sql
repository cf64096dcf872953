-- Statistics (issue 14): the staff screen counts by Japan-time day over a range of epoch-ms times.
-- Each count reads one of these indexes by range, so a month over millions of reservations answers
-- without a table scan. The same indexes exist in both dialects' 016_statistics.sql.

-- Bookings made and cancelled per day.
CREATE INDEX reservations_created ON reservations (created_at);
CREATE INDEX reservations_cancelled ON reservations (cancelled_at) WHERE cancelled_at IS NOT NULL;
-- Slots starting in the range (capacity, booked), and only the few reservations of theirs that
-- were checked in (来場) or cancelled: no-shows are booked seats less those checked in.
CREATE INDEX reservation_slots_starts ON reservation_slots (starts_at);
CREATE INDEX reservations_attended ON reservations (slot_id) WHERE attended_at IS NOT NULL;
CREATE INDEX reservations_slot_cancelled ON reservations (slot_id) WHERE status = 'cancelled';
-- Holds placed per day.
CREATE INDEX holds_placed ON holds (placed_at);
-- Mails by template and status, and loans / returns / logins per day from the audit log.
CREATE INDEX outbox_created ON outbox (created_at, template, status);
CREATE INDEX audit_log_action_at ON audit_log (action, at);
