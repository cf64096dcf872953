-- PostgreSQL's 012 adds COLLATE "C" indexes for short catalogue searches. SQLite has had the
-- matching indexes since 003 (its BINARY collation is code point order already), so the schema
-- versions of both dialects stay in step with nothing to change here.
SELECT 1;
