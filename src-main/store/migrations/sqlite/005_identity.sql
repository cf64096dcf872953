-- Identity confirmed through xID (seed 004). The subject itself is citizen_profiles.xid_sub (one
-- account per subject); this table keeps what else the account remembers of the verified claims.
-- Tokens are never stored: they live in memory only until the claims have been read.

CREATE TABLE citizen_identity (
  account_id   INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  -- 生年月日 as YYYY-MM-DD: a new password may not be the birth date written in any usual way.
  birthdate    TEXT    CHECK (birthdate IS NULL OR birthdate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- register: the account was created from xID; link: an existing account was linked later.
  origin       TEXT    NOT NULL CHECK (origin IN ('register', 'link')),
  verified_at  INTEGER NOT NULL
) WITHOUT ROWID;
