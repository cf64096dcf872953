-- Staff accounts (seed 003): the staff side of an account, its permissions, and the installation
-- record that `madoguchi-admin init` writes. Times are UTC epoch milliseconds.

-- The staff side of an account (accounts.kind = 'staff', login_id = 利用者ID S0001… / A0001…).
-- accounts.display_name holds 利用者名(漢字) or, without one, the kana; accounts.name_kana holds the
-- kana folded to full-width (NFKC) so one search finds staff, patrons and citizens alike, while
-- name_kana_half keeps 利用者名(半角カナ) exactly as the console shows it.
CREATE TABLE staff_profiles (
  account_id      INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  name_kana_half  TEXT    NOT NULL CHECK (length(name_kana_half) BETWEEN 1 AND 48),
  name_kanji      TEXT    CHECK (name_kanji IS NULL OR length(name_kanji) BETWEEN 1 AND 48),
  role            TEXT    NOT NULL CHECK (role IN ('clerk', 'admin')),
  -- NULL for the first administrator (created by init on the machine, not by a person in the app).
  created_by      INTEGER REFERENCES accounts (id),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
) WITHOUT ROWID;
-- "Is this the last administrator?" is asked before every removal or accident registration.
CREATE INDEX staff_profiles_role ON staff_profiles (role);

-- The ○ / × matrix of the console: one row per permission granted. Administrators hold every
-- permission by role and have no rows here.
CREATE TABLE staff_permissions (
  account_id  INTEGER NOT NULL REFERENCES staff_profiles (account_id) ON DELETE CASCADE,
  permission  TEXT    NOT NULL CHECK (permission IN ('patron_lookup', 'patron_register', 'patron_password_reset',
                                                     'reservation_desk', 'mail_log', 'audit_log', 'staff_management')),
  PRIMARY KEY (account_id, permission)
) WITHOUT ROWID;

-- Written once by `madoguchi-admin init`. The recovery code that unlocks an administrator on the
-- machine is a credential (purpose 'recovery') of recovery_account_id, stored only as a hash.
CREATE TABLE installation (
  singleton            INTEGER PRIMARY KEY CHECK (singleton = 1),
  initialised_at       INTEGER NOT NULL,
  recovery_account_id  INTEGER NOT NULL REFERENCES accounts (id)
);

-- Console search (利用者情報選択) over a million accounts: ID, card number and 利用者キー prefixes are
-- typed in either case, so the login index is case-folded; the kana index of 001 needs a kind, so
-- "all kinds" gets its own. Both end in the rowid, which keyset paging uses as the tie-breaker.
CREATE INDEX accounts_login_nocase ON accounts (login_id COLLATE NOCASE);
CREATE INDEX accounts_kind_login_nocase ON accounts (kind, login_id COLLATE NOCASE);
CREATE INDEX accounts_kana_any ON accounts (name_kana) WHERE name_kana IS NOT NULL;
