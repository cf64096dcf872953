-- With library.system = sip2 the catalogue stays here (SIP2 has no search) while loans and holds
-- live in the ILS, which names items by its own identifier (SIP2 AB, usually the barcode). This
-- links a catalogue item to that identifier, so the screens, the cart and the shelves keep one
-- kind of id: holds are placed on linked items, and an item the ILS lists that the catalogue does
-- not have yet is added (with added_at 0, so SDI never announces it) and linked.
CREATE TABLE ils_items (
  item_id  INTEGER PRIMARY KEY REFERENCES catalogue_items (id) ON DELETE CASCADE,
  ils_id   TEXT    NOT NULL UNIQUE
);
