-- The agents' search over sealed contact details: keyed hashes (HMAC-SHA256) of the normalised words of the name,
-- of the mobile, the e-mail and the ANTS numbers, never the words themselves. Each row hangs on the appointment's
-- contact key: erasing the key (the personal data) erases its rows with it.
CREATE TABLE contact_search (
    appointment_id VARCHAR(100) NOT NULL REFERENCES contact_key (appointment_id) ON DELETE CASCADE,
    commune_id     VARCHAR(100) NOT NULL,
    token_hash     BYTEA        NOT NULL,
    PRIMARY KEY (appointment_id, token_hash)
);
CREATE INDEX contact_search_by_token ON contact_search (commune_id, token_hash);
