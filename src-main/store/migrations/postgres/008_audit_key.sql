-- PostgreSQL twin of sqlite/008_audit_key.sql.
-- The audit chain is keyed: each row's hash is HMAC-SHA256 under the site's audit key, a file kept
-- outside the database (audit/audit-key.ts), so whoever holds only the database cannot rewrite rows
-- and compute matching hashes. The head records which function its chain uses and a check value
-- of the key that started it. The same columns exist in migrations/sqlite/008.
--
-- scheme: 'hmac-sha256-v1' for every chain started from here on; a chain that already had rows
-- before this migration keeps plain SHA-256 ('sha256', verifiable without a key, reported as
-- unkeyed). One chain never mixes the two.
ALTER TABLE audit_head ADD COLUMN scheme TEXT NOT NULL DEFAULT 'hmac-sha256-v1'
  CHECK (scheme IN ('sha256', 'hmac-sha256-v1'));
-- HMAC(key, a fixed label): tells a terminal that holds a different key (a second terminal set up
-- with a key of its own) before it writes a row the others cannot verify. Reveals nothing of the key.
ALTER TABLE audit_head ADD COLUMN key_check TEXT;
UPDATE audit_head SET scheme = 'sha256' WHERE last_id > 0;
