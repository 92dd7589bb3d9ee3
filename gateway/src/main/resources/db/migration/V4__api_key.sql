-- A commune's API keys for server-to-server calls. Only the SHA-256 of a key is kept (the key itself is shown once),
-- with its first characters so that an administrator can tell keys apart. A revoked key keeps its row.
CREATE TABLE api_key (
    id           UUID PRIMARY KEY,
    commune_id   TEXT        NOT NULL,
    label        TEXT        NOT NULL,
    scope        TEXT        NOT NULL,
    key_hash     TEXT        NOT NULL UNIQUE,
    key_prefix   TEXT        NOT NULL,
    created_by   UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX api_key_commune ON api_key (commune_id, created_at);
