-- One row per SMS a commune sent (a notice of notification-service), from notification.events: when, how many
-- segments, what it cost, and what the operator last reported of its delivery (null: nothing yet).
CREATE TABLE sms_fact (
    notice_id      VARCHAR(100) PRIMARY KEY,
    commune_id     VARCHAR(100) NOT NULL,
    appointment_id VARCHAR(100),
    notice_kind    VARCHAR(40),
    sent_at        TIMESTAMPTZ,
    sent_date      DATE,
    segments       INTEGER,
    encoding       VARCHAR(10),
    cost_cents     BIGINT,
    delivery       VARCHAR(20)
);
CREATE INDEX sms_fact_commune_date ON sms_fact (commune_id, sent_date);
