-- City-hall reservations (seeds 000 and 001): citizen profiles, the reservation catalogue
-- (categories → forms → slots) and reservations. Times are UTC epoch milliseconds.

-- The citizen side of an account (accounts.kind = 'citizen', login_id = 利用者キー). 氏名 lives in
-- accounts.display_name so staff search and sessions read one place.
CREATE TABLE citizen_profiles (
  account_id        INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  phone             TEXT    NOT NULL,
  -- Optional at the first reservation; without it the citizen cannot log in (no mail for an OTP).
  email             TEXT,
  postal_code       TEXT    CHECK (postal_code IS NULL OR length(postal_code) = 7),
  address           TEXT,
  -- The language the citizen used when registering; mails follow it unless a screen says otherwise.
  locale            TEXT    NOT NULL DEFAULT 'ja' CHECK (locale IN ('ja', 'en')),
  -- Identity confirmed through xID (issue 7): the OpenID Connect subject, at most one account each.
  identity_verified INTEGER NOT NULL DEFAULT 0 CHECK (identity_verified IN (0, 1)),
  xid_sub           TEXT    UNIQUE,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
) WITHOUT ROWID;
-- 利用者キー再発行 looks citizens up by address, whatever case it was typed in.
CREATE INDEX citizen_profiles_email ON citizen_profiles (lower(email)) WHERE email IS NOT NULL;

-- 新型コロナウイルスワクチン接種, 相談・教室, 確定申告相談 …
CREATE TABLE reservation_categories (
  id          INTEGER PRIMARY KEY,
  title_ja    TEXT    NOT NULL,
  title_en    TEXT,
  sort_order  INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL
);

-- 予約フォーム: one event or service that can be booked. A series form (vaccination) books dose 1
-- and dose 2 together, dose 2 at least dose_interval_days after dose 1 (NULL: the configured default).
CREATE TABLE reservation_forms (
  id                  INTEGER PRIMARY KEY,
  category_id         INTEGER NOT NULL REFERENCES reservation_categories (id),
  title_ja            TEXT    NOT NULL,
  title_en            TEXT,
  venue_ja            TEXT    NOT NULL,
  venue_en            TEXT,
  description_ja      TEXT    NOT NULL DEFAULT '',
  description_en      TEXT,
  -- Booking window: reservations are accepted from opens_at until closes_at.
  opens_at            INTEGER NOT NULL,
  closes_at           INTEGER NOT NULL CHECK (closes_at > opens_at),
  series              INTEGER NOT NULL DEFAULT 0 CHECK (series IN (0, 1)),
  dose_interval_days  INTEGER CHECK (dose_interval_days IS NULL OR dose_interval_days >= 1),
  sort_order          INTEGER NOT NULL DEFAULT 0,
  created_at          INTEGER NOT NULL
);
CREATE INDEX reservation_forms_category ON reservation_forms (category_id, sort_order, id);

-- One bookable time of a form. booked is the running count of active reservations, kept by the
-- same statement that takes a place (UPDATE … WHERE booked < capacity), so capacity holds under races.
CREATE TABLE reservation_slots (
  id          INTEGER PRIMARY KEY,
  form_id     INTEGER NOT NULL REFERENCES reservation_forms (id),
  starts_at   INTEGER NOT NULL,
  capacity    INTEGER NOT NULL CHECK (capacity >= 1),
  booked      INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity)
);
CREATE INDEX reservation_slots_form ON reservation_slots (form_id, starts_at);

-- A citizen's place in a slot. For a series, dose 2 points at its dose 1 (first_dose_id); both are
-- cancelled together through dose 1.
CREATE TABLE reservations (
  id             INTEGER PRIMARY KEY,
  slot_id        INTEGER NOT NULL REFERENCES reservation_slots (id),
  account_id     INTEGER NOT NULL REFERENCES accounts (id),
  attendee_name  TEXT    NOT NULL,
  dose           INTEGER CHECK (dose IS NULL OR dose IN (1, 2)),
  first_dose_id  INTEGER REFERENCES reservations (id),
  status         TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
  created_at     INTEGER NOT NULL,
  cancelled_at   INTEGER,
  CHECK ((dose IS 2) = (first_dose_id IS NOT NULL))
);
-- 予約一覧: a citizen's active reservations (a handful out of millions).
CREATE INDEX reservations_account ON reservations (account_id, status);
-- A citizen holds at most one active place per slot; also serves the per-slot list at the counter.
CREATE UNIQUE INDEX reservations_slot_account ON reservations (slot_id, account_id) WHERE status = 'active';
CREATE INDEX reservations_first_dose ON reservations (first_dose_id) WHERE first_dose_id IS NOT NULL;
