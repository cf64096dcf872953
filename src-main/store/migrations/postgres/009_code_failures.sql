-- PostgreSQL twin of sqlite/009_code_failures.sql: wrong tries of a mailed code count on the code,
-- never on the account's login counter.
ALTER TABLE one_time_codes ADD COLUMN failures BIGINT NOT NULL DEFAULT 0;
