-- Short catalogue searches (one or two characters, 猫 / 宇宙) read the start of the title or the
-- author in code point order and stop after a page (library/catalogue-query.ts pgPrefix). The
-- text_pattern_ops indexes of 003 find the range but cannot give its order, so every match was
-- fetched and sorted: 270 ms for 猫 at 300,000 items. These serve both the range and the order.
CREATE INDEX catalogue_items_title_c ON catalogue_items ((lower(title) COLLATE "C"));
CREATE INDEX catalogue_items_author_c ON catalogue_items ((lower(author) COLLATE "C"));
