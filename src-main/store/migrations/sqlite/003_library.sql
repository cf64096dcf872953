-- Library area (seed 002): branches, patrons and their settings, the catalogue, circulation
-- (loans, holds, cart), the opt-in loan history, bookshelves, SDI and the job bookkeeping that
-- keeps reminder and SDI mails exactly-once. Times are UTC epoch ms; due dates and "the day a
-- reminder is for" are library-local calendar dates ('YYYY-MM-DD'), because the rules are about
-- days at the branch, not instants.
--
-- Sizes the indexes are chosen for (issue 8): 1,000,000 patrons, 300,000 open loans,
-- 10,000,000 history rows, a catalogue searched by title and author.

-- Mirrors the configured branch list (synced at start-up). A branch removed from the config is
-- kept inactive so old loans and holds still name it.
CREATE TABLE library_branches (
  code        TEXT    PRIMARY KEY,
  name_ja     TEXT    NOT NULL,
  name_en     TEXT    NOT NULL,
  sort_order  INTEGER NOT NULL,
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;

-- One row per patron account (accounts.kind = 'patron'; card number = accounts.login_id, name =
-- accounts.display_name / name_kana). Destinations are bit sets: 1 = 自PC, 2 = 携帯.
CREATE TABLE patrons (
  account_id          INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  birth_date          TEXT    NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  phone_mobile        TEXT,
  phone_home          TEXT,
  phone_work          TEXT,
  email1              TEXT,
  email1_kind         TEXT    NOT NULL DEFAULT 'pc' CHECK (email1_kind IN ('pc', 'mobile')),
  email2              TEXT,
  email2_kind         TEXT    NOT NULL DEFAULT 'pc' CHECK (email2_kind IN ('pc', 'mobile')),
  -- 登録完了メール: 配信 / 停止 and destinations.
  registration_mail   INTEGER NOT NULL DEFAULT 0 CHECK (registration_mail IN (0, 1)),
  registration_to     INTEGER NOT NULL DEFAULT 0 CHECK (registration_to BETWEEN 0 AND 3),
  -- 予約関連メール: destinations; whether to mail is chosen per hold (holds.notify_mail).
  hold_to             INTEGER NOT NULL DEFAULT 0 CHECK (hold_to BETWEEN 0 AND 3),
  -- SDI: destinations; whether to mail is chosen per SDI entry (sdi_profiles.enabled).
  sdi_to              INTEGER NOT NULL DEFAULT 0 CHECK (sdi_to BETWEEN 0 AND 3),
  -- 返却期限通知: 配信 / 停止, destinations and 1〜7日前.
  due_notice          INTEGER NOT NULL DEFAULT 0 CHECK (due_notice IN (0, 1)),
  due_notice_to       INTEGER NOT NULL DEFAULT 0 CHECK (due_notice_to BETWEEN 0 AND 3),
  due_notice_days     INTEGER NOT NULL DEFAULT 1 CHECK (due_notice_days BETWEEN 1 AND 7),
  pickup_branch       TEXT    NOT NULL REFERENCES library_branches (code),
  hold_contact        TEXT    NOT NULL DEFAULT 'none' CHECK (hold_contact IN ('none', 'mail', 'phone')),
  phone_contact       TEXT    NOT NULL DEFAULT 'mobile' CHECK (phone_contact IN ('mobile', 'home', 'work')),
  -- 貸出履歴 残す: returns are recorded only while on, from history_since on.
  keep_history        INTEGER NOT NULL DEFAULT 0 CHECK (keep_history IN (0, 1)),
  history_since       INTEGER,
  mail_locale         TEXT    NOT NULL DEFAULT 'ja' CHECK (mail_locale IN ('ja', 'en')),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL
);
-- The reminder job reads only patrons who asked for reminders.
CREATE INDEX patrons_due_notice ON patrons (account_id) WHERE due_notice = 1;

CREATE TABLE catalogue_items (
  id          INTEGER PRIMARY KEY,
  title       TEXT    NOT NULL,
  author      TEXT    NOT NULL DEFAULT '',
  publisher   TEXT    NOT NULL DEFAULT '',
  year        INTEGER,
  kind        TEXT    NOT NULL DEFAULT 'book' CHECK (kind IN ('book', 'ebook')),
  -- When the item joined the collection: the SDI job looks for items added since its last run.
  added_at    INTEGER NOT NULL
);
CREATE INDEX catalogue_items_added ON catalogue_items (added_at);

-- A search of only one- or two-character terms, which trigrams cannot serve, matches the start
-- of the title or the author through these (lower() folds ASCII case, as the trigram index does).
CREATE INDEX catalogue_items_title_prefix ON catalogue_items (lower(title), lower(author));
CREATE INDEX catalogue_items_author_prefix ON catalogue_items (lower(author), lower(title));

-- Title / author search. The trigram tokenizer finds any substring of three or more characters,
-- which suits Japanese (no spaces between words) as well as Latin text; see catalogue.ts for
-- shorter terms. External content: the text lives once, in catalogue_items.
CREATE VIRTUAL TABLE catalogue_fts USING fts5 (
  title, author, content = 'catalogue_items', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER catalogue_items_ai AFTER INSERT ON catalogue_items BEGIN
  INSERT INTO catalogue_fts (rowid, title, author) VALUES (new.id, new.title, new.author);
END;
CREATE TRIGGER catalogue_items_ad AFTER DELETE ON catalogue_items BEGIN
  INSERT INTO catalogue_fts (catalogue_fts, rowid, title, author) VALUES ('delete', old.id, old.title, old.author);
END;
CREATE TRIGGER catalogue_items_au AFTER UPDATE OF title, author ON catalogue_items BEGIN
  INSERT INTO catalogue_fts (catalogue_fts, rowid, title, author) VALUES ('delete', old.id, old.title, old.author);
  INSERT INTO catalogue_fts (rowid, title, author) VALUES (new.id, new.title, new.author);
END;

-- Current loans only. A returned loan is deleted (and copied to loan_history only when the patron
-- keeps a history): the library does not remember who read what unless asked to.
CREATE TABLE loans (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES catalogue_items (id),
  branch      TEXT    NOT NULL REFERENCES library_branches (code),
  loaned_at   INTEGER NOT NULL,
  due_date    TEXT    NOT NULL,
  renewals    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX loans_patron ON loans (account_id, due_date);
CREATE INDEX loans_due ON loans (due_date);
CREATE INDEX loans_item ON loans (item_id);

-- 予約. Active holds are waiting (in the queue) or ready (取置中, at the pickup branch until
-- pickup_until); ended holds keep their final status.
CREATE TABLE holds (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  item_id        INTEGER NOT NULL REFERENCES catalogue_items (id),
  pickup_branch  TEXT    NOT NULL REFERENCES library_branches (code),
  status         TEXT    NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'ready', 'collected', 'cancelled')),
  -- 予約関連メール for this hold (予約毎に個別選択).
  notify_mail    INTEGER NOT NULL DEFAULT 1 CHECK (notify_mail IN (0, 1)),
  placed_at      INTEGER NOT NULL,
  ready_at       INTEGER,
  pickup_until   TEXT,
  ended_at       INTEGER
);
CREATE INDEX holds_patron_active ON holds (account_id, placed_at) WHERE status IN ('waiting', 'ready');
-- Queue position = waiting holds on the same item placed before this one.
CREATE INDEX holds_item_active ON holds (item_id, id) WHERE status IN ('waiting', 'ready');
CREATE UNIQUE INDEX holds_one_active_per_item ON holds (account_id, item_id) WHERE status IN ('waiting', 'ready');

-- 予約かご.
CREATE TABLE hold_cart (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES catalogue_items (id),
  added_at    INTEGER NOT NULL,
  PRIMARY KEY (account_id, item_id)
) WITHOUT ROWID;

-- 借りたことがある資料: written at return time while keep_history is on. Shown from the next
-- library-local day; the newest 1000 are listed.
CREATE TABLE loan_history (
  id           INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  item_id      INTEGER NOT NULL REFERENCES catalogue_items (id),
  branch       TEXT    NOT NULL,
  loaned_at    INTEGER NOT NULL,
  returned_at  INTEGER NOT NULL
);
CREATE INDEX loan_history_patron ON loan_history (account_id, returned_at DESC, id DESC);

-- 本棚.
CREATE TABLE bookshelves (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL,
  UNIQUE (account_id, name)
);
CREATE TABLE bookshelf_items (
  shelf_id    INTEGER NOT NULL REFERENCES bookshelves (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES catalogue_items (id),
  added_at    INTEGER NOT NULL,
  PRIMARY KEY (shelf_id, item_id)
) WITHOUT ROWID;

-- SDI (選択的情報提供): a keyword (title) or an author, each switched on or off.
CREATE TABLE sdi_profiles (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  field       TEXT    NOT NULL CHECK (field IN ('keyword', 'author')),
  term        TEXT    NOT NULL,
  enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at  INTEGER NOT NULL,
  UNIQUE (account_id, field, term)
);
CREATE INDEX sdi_profiles_enabled ON sdi_profiles (account_id) WHERE enabled = 1;

-- One SDI run covers catalogue ids (from_item_id, to_item_id]. A run left unfinished by a crash
-- is resumed, and sdi_deliveries says which patrons already got their digest from it.
CREATE TABLE sdi_runs (
  id            INTEGER PRIMARY KEY,
  from_item_id  INTEGER NOT NULL,
  to_item_id    INTEGER NOT NULL,
  started_at    INTEGER NOT NULL,
  finished_at   INTEGER
);
CREATE TABLE sdi_deliveries (
  run_id      INTEGER NOT NULL REFERENCES sdi_runs (id) ON DELETE CASCADE,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  PRIMARY KEY (run_id, account_id)
) WITHOUT ROWID;

-- 電子書籍サービス: current e-book loans.
CREATE TABLE ebook_loans (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES catalogue_items (id),
  loaned_at   INTEGER NOT NULL,
  due_date    TEXT    NOT NULL
);
CREATE INDEX ebook_loans_patron ON ebook_loans (account_id, due_date);

-- One row per reminder mailed, written in the transaction that queues the mail: a loan is
-- reminded at most once per due date, however often the job runs. A renewal moves the due date,
-- which earns a new reminder.
CREATE TABLE reminder_log (
  loan_id     INTEGER NOT NULL REFERENCES loans (id) ON DELETE CASCADE,
  due_date    TEXT    NOT NULL,
  sent_at     INTEGER NOT NULL,
  PRIMARY KEY (loan_id, due_date)
) WITHOUT ROWID;

-- Last library-local day a daily job completed, so a day missed while the machine was off is
-- caught up at the next start.
CREATE TABLE library_job_state (
  job        TEXT PRIMARY KEY,
  last_date  TEXT NOT NULL
) WITHOUT ROWID;
