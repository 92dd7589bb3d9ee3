-- The e-mail addresses of each commune's administrators' accounts, as the gateway (which owns the accounts) last
-- told them: the SMS budget alerts go to them.
CREATE TABLE commune_administrator (
    commune_id VARCHAR(100) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    PRIMARY KEY (commune_id, email)
);
