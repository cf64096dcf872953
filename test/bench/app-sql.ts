// The app's SQL that the raw baselines run. Where a module exports its SQL (AccountSearch.sqlFor,
// catalogueQuery, ITEM_AS) the sections import it; the statements below are private constants of
// their modules and are COPIED here character for character, composed the same way. A copy that
// drifts from the app is caught at run time: every baseline statement is checked against the texts
// the app's store really sent (store-watch.ts), and a figure whose baseline runs a text the app
// never sent says so in its note.
import { ITEM_AS } from '../../src-main/library/item-row';

// auth/sessions.ts — the router reads the terminal's session on every call (sessions live in the
// store, so every terminal sees them); a login replaces it.
const SESSION_COLUMNS = 'terminal, id, account_id, kind, login_id, display_name, role, permissions, required_action, started_at, last_activity';
export const SESSION_BY_TERMINAL = `SELECT ${SESSION_COLUMNS} FROM sessions WHERE terminal = ?`;
export const SESSION_INSERT = `INSERT INTO sessions (${SESSION_COLUMNS})
  VALUES (@terminal, @id, @accountId, @kind, @loginId, @displayName, @role, @permissions, @requiredAction, @now, @now)`;
export const SESSION_END = `DELETE FROM sessions WHERE terminal = ? RETURNING ${SESSION_COLUMNS}`;

// auth/accounts.ts
export const ACCOUNT_BY_ID = 'SELECT * FROM accounts WHERE id = ?';
export const ACCOUNT_BY_ID_FOR_UPDATE = 'SELECT * FROM accounts WHERE id = ? FOR UPDATE';
export const ACCOUNT_BY_LOGIN = 'SELECT * FROM accounts WHERE kind = ? AND login_id = ? AND deleted_at IS NULL';
export const ACCOUNT_WRITE_STATUS = `UPDATE accounts SET locked = @locked, locked_at = CASE WHEN @lockedNow = 1 THEN coalesce(locked_at, @now) ELSE NULL END,
    accident = @accident, accident_reason = @accidentReason, blockaded = @blockaded,
    consecutive_failures = @consecutiveFailures, confirm_failures = @confirmFailures, updated_at = @now
  WHERE id = @id`;
export const ACCOUNT_LOGGED_IN = 'UPDATE accounts SET last_login_at = ?, updated_at = ? WHERE id = ?';
export const CREDENTIAL = 'SELECT hash, must_change, updated_at FROM credentials WHERE account_id = ? AND purpose = ?';

// audit/log.ts
const AUDIT_HEAD = 'SELECT last_id, last_hash, scheme, key_check FROM audit_head WHERE singleton = 1';
export const AUDIT_HEAD_FOR_UPDATE = `${AUDIT_HEAD} FOR UPDATE`;
export const AUDIT_INSERT = `INSERT INTO audit_log (id, at, actor, terminal, action, target, outcome, detail, prev_hash, hash)
  VALUES (@id, @at, @actor, @terminal, @action, @target, @outcome, @detail, @prevHash, @hash)`;
export const AUDIT_SET_HEAD = `INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
  ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash`;

// mail/outbox.ts
export const OUTBOX_INSERT = `INSERT INTO outbox (message_id, template, locale, to_address, subject, body, account_id, carries_secret,
                      status, attempts, next_attempt_at, created_at, queued_at)
  VALUES (@messageId, @template, @locale, @to, @subject, @body, @accountId, @carriesSecret, 'queued', 0, @now, @now, @now)
  RETURNING id`;

// auth/rate-limit.ts
export const RATE_COUNT = 'SELECT count(*) AS n FROM rate_events WHERE bucket = ? AND at > ?';
export const RATE_INSERT = 'INSERT INTO rate_events (bucket, at) VALUES (?, ?)';

// citizen/profiles.ts
export const CITIZEN_PROFILE = `SELECT p.account_id AS "accountId", a.login_id AS "userKey", a.display_name AS name, p.phone, p.email,
  p.postal_code AS "postalCode", p.address, p.locale
  FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
  WHERE p.account_id = ?`;

// citizen/one-time-passwords.ts
export const OTP_REPLACE = `INSERT INTO one_time_codes (account_id, purpose, hash, created_at, expires_at) VALUES (?, 'otp', ?, ?, ?)
  ON CONFLICT (account_id, purpose) DO UPDATE SET
    hash = excluded.hash, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = NULL, failures = 0`;

// citizen/reservation-store.ts
const RESERVATION_SELECT = `SELECT r.id, r.slot_id AS "slotId", r.account_id AS "accountId", r.attendee_name AS "attendeeName", r.dose,
  r.first_dose_id AS "firstDoseId", r.status, s.starts_at AS "startsAt", f.id AS "formId", f.title_ja AS "titleJa",
  f.title_tr AS "titleTr", f.venue_ja AS "venueJa", f.venue_tr AS "venueTr"
  FROM reservations r
  JOIN reservation_slots s ON s.id = r.slot_id
  JOIN reservation_forms f ON f.id = s.form_id`;
export const RESERVATIONS_UPCOMING = `${RESERVATION_SELECT} WHERE r.account_id = ? AND r.status = 'active' AND s.starts_at > ? ORDER BY s.starts_at, r.id`;
export const RESERVATION_INSERT = `INSERT INTO reservations (slot_id, account_id, attendee_name, dose, first_dose_id, status, created_at)
  VALUES (@slotId, @accountId, @attendeeName, @dose, @firstDoseId, 'active', @now)
  RETURNING id`;
export const RESERVATION_HOLDS = `SELECT 1 AS one FROM reservations WHERE slot_id = ? AND account_id = ? AND status = 'active'`;

// citizen/catalog-store.ts
const FORM = `SELECT id, category_id AS "categoryId", title_ja AS "titleJa", title_tr AS "titleTr", venue_ja AS "venueJa",
  venue_tr AS "venueTr", description_ja AS "descriptionJa", description_tr AS "descriptionTr", opens_at AS "opensAt",
  closes_at AS "closesAt", series, dose_interval_days AS "doseIntervalDays" FROM reservation_forms`;
export const FORM_BY_ID = `${FORM} WHERE id = ?`;
const SLOT = 'SELECT id, form_id AS "formId", starts_at AS "startsAt", capacity, booked FROM reservation_slots';
export const SLOT_FOR_UPDATE = `${SLOT} WHERE id = ? FOR UPDATE`;
export const SLOT_TAKE = 'UPDATE reservation_slots SET booked = booked + 1 WHERE id = ? AND booked < capacity';
export const SLOT_INSERT = 'INSERT INTO reservation_slots (form_id, starts_at, capacity) VALUES (?, ?, ?) RETURNING id';

// library/summary.ts
export const SUMMARY_LOANS = 'SELECT count(*) AS n, coalesce(sum(CASE WHEN due_date < ? THEN 1 ELSE 0 END), 0) AS overdue FROM loans WHERE account_id = ?';
export const SUMMARY_HOLDS = `SELECT count(*) AS n, coalesce(sum(CASE WHEN status = 'ready' THEN 1 ELSE 0 END), 0) AS ready
  FROM holds WHERE account_id = ? AND status IN ('waiting', 'ready')`;
export const SUMMARY_CART = 'SELECT count(*) AS n FROM hold_cart WHERE account_id = ?';
export const SUMMARY_EBOOKS = 'SELECT count(*) AS n FROM ebook_loans WHERE account_id = ? AND due_date >= ?';
export const SUMMARY_SHELVES = 'SELECT count(*) AS n FROM bookshelves WHERE account_id = ?';

// library/shelves.ts
const SHELF_SELECT = `SELECT s.*, (SELECT count(*) FROM bookshelf_items b WHERE b.shelf_id = s.id) AS item_count FROM bookshelves s`;
export const SHELVES_LIST = `${SHELF_SELECT} WHERE s.account_id = ? ORDER BY s.created_at, s.id`;

// library/history.ts
export const HISTORY_LIST = `SELECT h.id, h.branch, h.loaned_at, h.returned_at, ${ITEM_AS}
  FROM loan_history h JOIN catalogue_items i ON i.id = h.item_id
  WHERE h.account_id = ? AND h.returned_at < ? ORDER BY h.returned_at DESC, h.id DESC LIMIT ?`;
export const HISTORY_COUNT = 'SELECT count(*) AS n FROM loan_history WHERE account_id = ? AND returned_at < ?';
export const HISTORY_KEEPING = 'SELECT keep_history, history_since FROM patrons WHERE account_id = ?';

// library/patron-store.ts (the staff console's contactOf reads the patron for its mail address)
const PATRON_SELECT = `SELECT p.*, a.login_id, a.display_name, a.name_kana FROM patrons p JOIN accounts a ON a.id = p.account_id`;
export const PATRON_BY_ACCOUNT = `${PATRON_SELECT} WHERE p.account_id = ?`;
