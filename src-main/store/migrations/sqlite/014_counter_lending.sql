-- Counter lending (issue 14) needs no schema change: a loan at the counter is a row of `loans`
-- (003), the hold it fills or readies a row of `holds`, the item is found by catalogue_items.barcode
-- (013), and who lent it is in the audit log. One loan per copy is checked in the lending
-- transaction rather than by a unique index on loans.item_id, which older data sets (the bench's
-- generated loans) would break. This number is kept so both dialects' versions stay in step.
SELECT 1;
