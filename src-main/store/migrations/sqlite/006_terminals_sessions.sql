-- Several terminals on one database (a site's kiosks and counter PCs sharing a PostgreSQL server):
-- who is out there, the sessions every terminal must see, daily jobs that run once per site, and
-- which worker holds a mail it is sending. The same tables exist in migrations/postgres/006.

-- One row per machine: its name (config terminal.name), role (config mode) and app version.
-- Written on start; last_seen moves with a heartbeat every minute.
CREATE TABLE terminals (
  name        TEXT    PRIMARY KEY,
  role        TEXT    NOT NULL CHECK (role IN ('kiosk', 'counter')),
  app_version TEXT    NOT NULL,
  first_seen  INTEGER NOT NULL,
  last_seen   INTEGER NOT NULL
);

-- At most one session per terminal (a window: "<terminal name>/window-<n>"). In the database, not
-- in memory, so locking an account at one kiosk ends its session on every other at its next call.
CREATE TABLE sessions (
  terminal        TEXT    PRIMARY KEY,
  -- Random per session: an update made for a session that has since been replaced is refused.
  id              TEXT    NOT NULL UNIQUE,
  account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind            TEXT    NOT NULL,
  login_id        TEXT    NOT NULL,
  display_name    TEXT    NOT NULL,
  role            TEXT,
  -- JSON array of permission names.
  permissions     TEXT    NOT NULL,
  required_action TEXT,
  started_at      INTEGER NOT NULL,
  last_activity   INTEGER NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- A daily job (due-date reminders, SDI mails) claims its day here before it runs: the terminal
-- whose insert wins runs it, every other terminal skips that day.
CREATE TABLE job_runs (
  job        TEXT    NOT NULL,
  -- YYYY-MM-DD in the site's time zone.
  day        TEXT    NOT NULL,
  terminal   TEXT    NOT NULL,
  claimed_at INTEGER NOT NULL,
  PRIMARY KEY (job, day)
);

-- Which delivery worker marked a mail 'sending', and when: another terminal's worker leaves it
-- alone until the claim is stale; the same terminal reclaims it at once after a restart.
ALTER TABLE outbox ADD COLUMN claimed_at INTEGER;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;

-- The chain's head exists from the start, so the first append of all locks a row like every
-- other append does (two terminals' first appends cannot both take id 1).
INSERT INTO audit_head (singleton, last_id, last_hash)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
WHERE NOT EXISTS (SELECT 1 FROM audit_head);
