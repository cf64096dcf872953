-- PostgreSQL twin of sqlite/006_terminals_sessions.sql: terminals, shared sessions, daily-job
-- claims, the outbox's claim columns, and the audit chain's head from the start.

CREATE TABLE terminals (
  name        TEXT    PRIMARY KEY,
  role        TEXT    NOT NULL CHECK (role IN ('kiosk', 'counter')),
  app_version TEXT    NOT NULL,
  first_seen  BIGINT  NOT NULL,
  last_seen   BIGINT  NOT NULL
);

CREATE TABLE sessions (
  terminal        TEXT    PRIMARY KEY,
  id              TEXT    NOT NULL UNIQUE,
  account_id      BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind            TEXT    NOT NULL,
  login_id        TEXT    NOT NULL,
  display_name    TEXT    NOT NULL,
  role            TEXT,
  permissions     TEXT    NOT NULL,
  required_action TEXT,
  started_at      BIGINT  NOT NULL,
  last_activity   BIGINT  NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE job_runs (
  job        TEXT    NOT NULL,
  day        TEXT    NOT NULL,
  terminal   TEXT    NOT NULL,
  claimed_at BIGINT  NOT NULL,
  PRIMARY KEY (job, day)
);

ALTER TABLE outbox ADD COLUMN claimed_at BIGINT;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;

INSERT INTO audit_head (singleton, last_id, last_hash)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
WHERE NOT EXISTS (SELECT 1 FROM audit_head);
