-- PostgreSQL twin of sqlite/005_identity.sql.

CREATE TABLE citizen_identity (
  account_id   BIGINT  PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  birthdate    TEXT    CHECK (birthdate IS NULL OR birthdate ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  origin       TEXT    NOT NULL CHECK (origin IN ('register', 'link')),
  verified_at  BIGINT  NOT NULL
);
