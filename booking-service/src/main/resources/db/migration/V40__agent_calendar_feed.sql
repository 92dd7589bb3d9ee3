-- An agent account's calendar feed: the SHA-256 of its secret token only (the token is shown once, when created).
-- Deleting the row revokes the feed; creating another replaces it.
CREATE TABLE agent_calendar_feed (
    account_id  VARCHAR(100) PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    commune_id  VARCHAR(100) NOT NULL,
    agent_id    VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

-- How many times each appointment changed, and when last: the SEQUENCE and DTSTAMP of its event in the feeds.
CREATE TABLE appointment_change (
    appointment_id VARCHAR(100) PRIMARY KEY,
    changes        INT          NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL
);
