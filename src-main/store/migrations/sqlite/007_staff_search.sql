-- Console search (利用者情報選択) in the SQL both stores read: the ID / card number / 利用者キー
-- prefix is matched on lower(login_id) instead of SQLite's COLLATE NOCASE, so the case-folded
-- indexes of 004 become expression indexes. Both still end in the rowid (accounts.id), which
-- keyset paging uses as the tie-breaker.
DROP INDEX accounts_login_nocase;
DROP INDEX accounts_kind_login_nocase;
CREATE INDEX accounts_login_lower ON accounts (lower(login_id));
CREATE INDEX accounts_kind_login_lower ON accounts (kind, lower(login_id));
