-- The search index in one row per appointment, its token hashes in an array, where each token had a row of its own:
-- a booking wrote 20-odd rows (every beginning of every word of the name), and now writes one. A search asks for the
-- rows whose array contains all of its tokens' hashes (@>), which the GIN index answers. The row still hangs on the
-- appointment's contact key: erasing the key erases it.
CREATE TABLE contact_search_tokens (
    appointment_id VARCHAR(100) PRIMARY KEY REFERENCES contact_key (appointment_id) ON DELETE CASCADE,
    commune_id     VARCHAR(100) NOT NULL,
    token_hashes   BYTEA[]      NOT NULL
);

INSERT INTO contact_search_tokens (appointment_id, commune_id, token_hashes)
SELECT appointment_id, MIN(commune_id), ARRAY_AGG(token_hash ORDER BY token_hash)
FROM contact_search
GROUP BY appointment_id;

CREATE INDEX contact_search_tokens_by_token ON contact_search_tokens USING GIN (token_hashes);

DROP TABLE contact_search;
