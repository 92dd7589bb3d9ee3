-- Which channels each notice goes on: per commune (appointment_type_id = ''), or per type to override it.
CREATE TABLE channel_setting (
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100) NOT NULL DEFAULT '',
    kind                VARCHAR(40)  NOT NULL,
    channels            VARCHAR(40)  NOT NULL,
    PRIMARY KEY (commune_id, appointment_type_id, kind)
);

-- A commune's own text for a notice on a channel; without one, the default French text is used.
CREATE TABLE notice_template (
    commune_id VARCHAR(100) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    channel    VARCHAR(10)  NOT NULL,
    subject    TEXT,
    body       TEXT         NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (commune_id, kind, channel)
);

-- How long before the appointment each reminder goes, in minutes: per commune (''), or per type to override it.
CREATE TABLE reminder_setting (
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100) NOT NULL DEFAULT '',
    offsets_minutes     INT[]        NOT NULL,
    PRIMARY KEY (commune_id, appointment_type_id)
);

-- Where a commune's agents are told of bookings to approve, and whether they get the next day's list.
CREATE TABLE agent_setting (
    commune_id          VARCHAR(100) PRIMARY KEY,
    emails              TEXT         NOT NULL,
    daily_agenda        BOOLEAN      NOT NULL,
    daily_agenda_time   TIME         NOT NULL
);
