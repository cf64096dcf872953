-- PostgreSQL twin of sqlite/004_staff.sql. SQLite's COLLATE NOCASE indexes become indexes on
-- lower(login_id) (named as SQLite's were, so 007 can replace both alike): the console search folds case the same way on both stores.

CREATE TABLE staff_profiles (
  account_id      BIGINT  PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  name_kana_half  TEXT    NOT NULL CHECK (length(name_kana_half) BETWEEN 1 AND 48),
  name_kanji      TEXT    CHECK (name_kanji IS NULL OR length(name_kanji) BETWEEN 1 AND 48),
  role            TEXT    NOT NULL CHECK (role IN ('clerk', 'admin')),
  created_by      BIGINT  REFERENCES accounts (id),
  created_at      BIGINT  NOT NULL,
  updated_at      BIGINT  NOT NULL
);
CREATE INDEX staff_profiles_role ON staff_profiles (role);

CREATE TABLE staff_permissions (
  account_id  BIGINT  NOT NULL REFERENCES staff_profiles (account_id) ON DELETE CASCADE,
  permission  TEXT    NOT NULL CHECK (permission IN ('patron_lookup', 'patron_register', 'patron_password_reset',
                                                     'reservation_desk', 'mail_log', 'audit_log', 'staff_management')),
  PRIMARY KEY (account_id, permission)
);

CREATE TABLE installation (
  singleton            BIGINT  PRIMARY KEY CHECK (singleton = 1),
  initialised_at       BIGINT  NOT NULL,
  recovery_account_id  BIGINT  NOT NULL REFERENCES accounts (id)
);

-- login_id and name_kana compare in byte order (COLLATE "C", 001), so these serve the console's
-- prefix ranges (lower(login_id) >= @p AND < @p || U+FFFF) and its keyset paging as on SQLite.
CREATE INDEX accounts_login_nocase ON accounts (lower(login_id), id);
CREATE INDEX accounts_kind_login_nocase ON accounts (kind, lower(login_id), id);
CREATE INDEX accounts_kana_any ON accounts (name_kana, id) WHERE name_kana IS NOT NULL;
