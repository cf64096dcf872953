-- Wrong tries of a mailed code (ワンタイムパスワード, パスワード再設定コード) count on the code
-- itself, never on the account's login counter (accounts.consecutive_failures, 利用中止): a stranger
-- guessing codes for someone's 利用者キー or address can spend that one code, not lock the person
-- out of their password login. A new code starts at 0. The same column exists in
-- migrations/postgres/009.
ALTER TABLE one_time_codes ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
