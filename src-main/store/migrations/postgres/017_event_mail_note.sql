-- The mails an event sends (issue 14): staff add the event's own guidance — what to bring, where to
-- go in the building — to its confirmation mail, in Japanese and in any of the other languages
-- (the same *_ja + *_tr JSON map as the event's other texts, migration 015).
ALTER TABLE reservation_forms ADD COLUMN mail_note_ja TEXT NOT NULL DEFAULT '';
ALTER TABLE reservation_forms ADD COLUMN mail_note_tr TEXT NOT NULL DEFAULT '{}';
