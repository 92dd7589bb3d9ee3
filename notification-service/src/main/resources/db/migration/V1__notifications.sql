-- The citizen's contact details, copied from the compacted topic booking.contacts; deleted on a tombstone.
CREATE TABLE appointment_contact (
    appointment_id VARCHAR(100) PRIMARY KEY,
    commune_id     VARCHAR(100) NOT NULL,
    full_name      VARCHAR(300),
    email          VARCHAR(300),
    mobile         VARCHAR(50),
    manage_token   VARCHAR(300),
    locale         VARCHAR(20)
);

-- The latest known state of each appointment, from booking.events (no personal data).
CREATE TABLE appointment_view (
    appointment_id      VARCHAR(100) PRIMARY KEY,
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100),
    status              VARCHAR(40)  NOT NULL,
    start_at            TIMESTAMPTZ  NOT NULL,
    appointment         JSONB        NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX appointment_view_day ON appointment_view (commune_id, start_at);

-- One notice per (event, kind, channel): the unique key is what makes a redelivered event send nothing twice.
CREATE TABLE notice (
    id             UUID PRIMARY KEY,
    event_id       VARCHAR(200) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    channel        VARCHAR(10)  NOT NULL,
    commune_id     VARCHAR(100) NOT NULL,
    appointment_id VARCHAR(100),
    appointment_type_id VARCHAR(100),
    recipient      VARCHAR(300),
    merge_data     JSONB,
    status         VARCHAR(20)  NOT NULL,
    subject        TEXT,
    body           TEXT,
    segments       INT,
    cost           NUMERIC(10, 4),
    provider_id    VARCHAR(100),
    attempts       INT          NOT NULL DEFAULT 0,
    last_error     TEXT,
    created_at     TIMESTAMPTZ  NOT NULL,
    sent_at        TIMESTAMPTZ,
    delivered_at   TIMESTAMPTZ,
    UNIQUE (event_id, kind, channel)
);
CREATE INDEX notice_commune_channel ON notice (commune_id, channel, created_at);
CREATE INDEX notice_provider ON notice (provider_id);

-- Every attempt and every outcome (sent, failed, delivered or undelivered from Twilio's status callback).
CREATE TABLE notice_attempt (
    id          BIGSERIAL PRIMARY KEY,
    notice_id   UUID         NOT NULL REFERENCES notice (id),
    at          TIMESTAMPTZ  NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    detail      TEXT
);
CREATE INDEX notice_attempt_notice ON notice_attempt (notice_id);

-- What would have been sent, when no Twilio account or SMTP server is configured.
CREATE TABLE dev_inbox (
    id        BIGSERIAL PRIMARY KEY,
    channel   VARCHAR(10)  NOT NULL,
    recipient VARCHAR(300) NOT NULL,
    subject   TEXT,
    body      TEXT         NOT NULL,
    kind      VARCHAR(40)  NOT NULL,
    sent_at   TIMESTAMPTZ  NOT NULL
);

-- Messages that could never be processed (also published on notification.dlq).
CREATE TABLE dead_letter (
    id             BIGSERIAL PRIMARY KEY,
    source         VARCHAR(100) NOT NULL,
    message_key    VARCHAR(300),
    payload        TEXT,
    error          TEXT,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
