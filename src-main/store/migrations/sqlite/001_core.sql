-- Core tables every area shares: accounts and their status flags, secrets, one-time codes,
-- the mail outbox, the audit log and rate-limit events. Times are UTC epoch milliseconds.

-- One row per person who can log in: citizen (利用者キー), library patron (card number) or staff
-- (利用者ID). Status flags follow seed 003: 利用中止 (locked), 事故登録 (accident), 封鎖 (blockaded).
CREATE TABLE accounts (
  id                    INTEGER PRIMARY KEY,
  kind                  TEXT    NOT NULL CHECK (kind IN ('citizen', 'patron', 'staff')),
  login_id              TEXT    NOT NULL,
  display_name          TEXT    NOT NULL,
  name_kana             TEXT,
  locked                INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  locked_at             INTEGER,
  accident              INTEGER NOT NULL DEFAULT 0 CHECK (accident IN (0, 1)),
  accident_reason       TEXT    CHECK (accident_reason IS NULL OR length(accident_reason) <= 20),
  blockaded             INTEGER NOT NULL DEFAULT 0 CHECK (blockaded IN (0, 1)),
  consecutive_failures  INTEGER NOT NULL DEFAULT 0,
  confirm_failures      INTEGER NOT NULL DEFAULT 0,
  last_login_at         INTEGER,
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL,
  deleted_at            INTEGER,
  UNIQUE (kind, login_id)
);
-- Console search: by ID prefix within a kind, by kana name prefix within a kind.
CREATE INDEX accounts_kana ON accounts (kind, name_kana) WHERE name_kana IS NOT NULL;
CREATE INDEX accounts_login ON accounts (login_id);

-- Long-lived secrets (password, login PIN, confirmation PIN, recovery code), hashed with scrypt.
-- must_change: the holder must set a new one before doing anything else.
CREATE TABLE credentials (
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  purpose      TEXT    NOT NULL CHECK (purpose IN ('password', 'pin', 'confirm_pin', 'recovery')),
  hash         TEXT    NOT NULL,
  must_change  INTEGER NOT NULL DEFAULT 0 CHECK (must_change IN (0, 1)),
  updated_at   INTEGER NOT NULL,
  PRIMARY KEY (account_id, purpose)
) WITHOUT ROWID;

-- Single-use codes sent by mail (one-time password, password reset code). A newer code of the
-- same purpose replaces the older one; failures are counted per code and per account.
CREATE TABLE one_time_codes (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  purpose     TEXT    NOT NULL CHECK (purpose IN ('otp', 'reset')),
  hash        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  used_at     INTEGER,
  UNIQUE (account_id, purpose)
);
CREATE INDEX one_time_codes_expiry ON one_time_codes (expires_at);

-- Transactional outbox: a mail row is written in the same transaction as the change that causes
-- it; the delivery worker sends it later. message_id is fixed at enqueue time so a resend after a
-- crash is the same mail, not a second one.
CREATE TABLE outbox (
  id            INTEGER PRIMARY KEY,
  message_id    TEXT    NOT NULL UNIQUE,
  template      TEXT    NOT NULL,
  locale        TEXT    NOT NULL,
  to_address    TEXT    NOT NULL,
  subject       TEXT    NOT NULL,
  body          TEXT    NOT NULL,
  account_id    INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
  -- The body holds a one-time secret; it is blanked once the mail has been sent.
  carries_secret INTEGER NOT NULL DEFAULT 0 CHECK (carries_secret IN (0, 1)),
  status        TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts      INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error    TEXT,
  created_at    INTEGER NOT NULL,
  -- Start of the current 24-hour retry window: created_at, or the time staff last pressed retry.
  queued_at     INTEGER NOT NULL,
  sent_at       INTEGER
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX outbox_status ON outbox (status, created_at);

-- Append-only audit log, each row chained to the previous by SHA-256 (see audit/log.ts).
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT    NOT NULL,
  terminal  TEXT    NOT NULL,
  action    TEXT    NOT NULL,
  target    TEXT,
  outcome   TEXT    NOT NULL,
  detail    TEXT,
  prev_hash TEXT    NOT NULL,
  hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_target ON audit_log (target, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at);
-- The app never edits or deletes audit rows; these make an accidental attempt fail loudly.
-- (Someone with the file can drop them — verify() then finds the edit through the chain.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Events counted by the abuse limits (mails per address / key / terminal per hour).
CREATE TABLE rate_events (
  bucket  TEXT    NOT NULL,
  at      INTEGER NOT NULL
);
CREATE INDEX rate_events_bucket ON rate_events (bucket, at);
CREATE INDEX rate_events_at ON rate_events (at);

-- The newest row of the chain, written with every append: deleting rows from the end of the log
-- leaves the chain intact, but no longer matches this head.
CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_id   INTEGER NOT NULL,
  last_hash TEXT    NOT NULL
);
