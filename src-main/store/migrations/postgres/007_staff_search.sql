-- PostgreSQL twin of sqlite/007_staff_search.sql. The lower(login_id) indexes this migration adds
-- on SQLite were created by postgres/004 already (PostgreSQL never had COLLATE NOCASE); they only
-- take SQLite's names here, so both stores list the same indexes.
ALTER INDEX accounts_login_nocase RENAME TO accounts_login_lower;
ALTER INDEX accounts_kind_login_nocase RENAME TO accounts_kind_login_lower;
