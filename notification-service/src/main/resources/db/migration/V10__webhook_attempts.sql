-- every attempt of every webhook delivery, not only the latest (which webhook_delivery keeps beside its status)
CREATE TABLE webhook_attempt (
    id               BIGSERIAL PRIMARY KEY,
    delivery_id      UUID        NOT NULL REFERENCES webhook_delivery (id),
    attempted_at     TIMESTAMPTZ NOT NULL,
    response_status  INT,
    error            TEXT
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
