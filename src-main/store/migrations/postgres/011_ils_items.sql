-- PostgreSQL twin of sqlite/011_ils_items.sql: catalogue items linked to the ILS's item
-- identifiers (SIP2 AB) for library.system = sip2.
CREATE TABLE ils_items (
  item_id  BIGINT  PRIMARY KEY REFERENCES catalogue_items (id) ON DELETE CASCADE,
  ils_id   TEXT    NOT NULL UNIQUE
);
