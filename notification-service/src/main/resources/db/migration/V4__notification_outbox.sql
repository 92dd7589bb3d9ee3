-- Events for notification.events, written in the same transaction as what they tell (an SMS recorded as sent, a
-- delivery report), then published in id order by the outbox relay. Published rows are kept a week, to look into.
CREATE TABLE notification_outbox (
    id           BIGSERIAL PRIMARY KEY,
    event_id     VARCHAR(100) NOT NULL UNIQUE,
    event_type   VARCHAR(100) NOT NULL,
    message_key  VARCHAR(200) NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX notification_outbox_pending ON notification_outbox (id) WHERE published_at IS NULL;
CREATE INDEX notification_outbox_published ON notification_outbox (published_at) WHERE published_at IS NOT NULL;
