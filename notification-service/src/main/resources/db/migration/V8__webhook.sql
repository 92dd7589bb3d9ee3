-- A commune's webhook endpoints (the secret is kept in clear: it signs every delivery, so it cannot be hashed) and
-- one row per delivery of one booking event to one endpoint, with its latest attempt.
CREATE TABLE webhook_endpoint (
    id          UUID PRIMARY KEY,
    commune_id  TEXT        NOT NULL,
    url         TEXT        NOT NULL,
    secret      TEXT        NOT NULL,
    events      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    deleted_at  TIMESTAMPTZ
);
CREATE INDEX webhook_endpoint_commune ON webhook_endpoint (commune_id) WHERE deleted_at IS NULL;

CREATE TABLE webhook_delivery (
    id               UUID PRIMARY KEY,
    endpoint_id      UUID        NOT NULL REFERENCES webhook_endpoint (id),
    event_id         TEXT        NOT NULL,
    event_type       TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    attempts         INT         NOT NULL DEFAULT 0,
    response_status  INT,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    last_attempt_at  TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at DESC);
