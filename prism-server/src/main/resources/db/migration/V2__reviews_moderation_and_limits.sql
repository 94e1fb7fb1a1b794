-- Reviews are moderated like comments (hidden), one per client and subject (Prism itself is the
-- subject ''; a guide's slug for a guide). The client is kept as a SHA-256 of its address, never
-- the address. Text columns are wider: lengths are checked in characters by the server, and H2
-- counts UTF-16 units, so a thousand emoji needed two thousand.
ALTER TABLE review ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE review ADD COLUMN subject VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE review ADD COLUMN client_hash VARCHAR(80) DEFAULT '' NOT NULL;
UPDATE review SET client_hash = CONCAT('before-v2-', CAST(id AS VARCHAR(20)));
CREATE UNIQUE INDEX review_once ON review (subject, client_hash);
CREATE INDEX review_by_subject ON review (subject, created_at);

ALTER TABLE review ALTER COLUMN body SET DATA TYPE VARCHAR(4000);
ALTER TABLE review ALTER COLUMN author SET DATA TYPE VARCHAR(400);
ALTER TABLE guide_comment ALTER COLUMN body SET DATA TYPE VARCHAR(4000);
ALTER TABLE guide_comment ALTER COLUMN author SET DATA TYPE VARCHAR(400);

CREATE INDEX saved_report_by_age ON saved_report (created_at);
