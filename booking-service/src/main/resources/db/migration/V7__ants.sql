-- The ANTS (national passport and ID-card platform): each commune's choices, the appointments it has to declare,
-- the declarations waiting to be sent (the outbox), and the log of every call to the ANTS.
CREATE TABLE ants_setting (
    commune_id                text PRIMARY KEY,
    enabled                   boolean NOT NULL,
    when_declared_elsewhere   text NOT NULL,
    when_unanswered           text NOT NULL,
    updated_at                timestamptz NOT NULL
);

CREATE TABLE ants_reason (
    commune_id           text NOT NULL REFERENCES ants_setting (commune_id) ON DELETE CASCADE,
    reason               text NOT NULL,
    appointment_type_id  text NOT NULL,
    option_id            text,
    PRIMARY KEY (commune_id, reason)
);

-- an appointment of a commune connected to the ANTS that carries pre-application numbers, as last declared
CREATE TABLE ants_appointment (
    appointment_id   text PRIMARY KEY,
    commune_id       text NOT NULL,
    place_id         text NOT NULL,
    place_name       text NOT NULL,
    starts_at        timestamptz NOT NULL,
    management_url   text NOT NULL,
    declared         boolean NOT NULL DEFAULT FALSE,
    active           boolean NOT NULL DEFAULT TRUE
);

CREATE TABLE ants_appointment_number (
    ants_number     text NOT NULL,
    appointment_id  text NOT NULL REFERENCES ants_appointment (appointment_id) ON DELETE CASCADE,
    PRIMARY KEY (ants_number, appointment_id)
);

-- written in the transaction of the event that calls for it; sent, in order per number, until the ANTS accepts it
CREATE TABLE ants_outbox (
    id                bigserial PRIMARY KEY,
    commune_id        text NOT NULL,
    appointment_id    text NOT NULL,
    operation         text NOT NULL,
    application_id    text NOT NULL,
    meeting_point     text NOT NULL,
    meeting_point_id  text NOT NULL,
    appointment_date  text NOT NULL,
    management_url    text NOT NULL,
    created_at        timestamptz NOT NULL,
    attempts          integer NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    last_error        text,
    sent_at           timestamptz
);
CREATE INDEX ants_outbox_due ON ants_outbox (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE ants_call (
    id               bigserial PRIMARY KEY,
    commune_id       text,
    called_at        timestamptz NOT NULL,
    operation        text NOT NULL,
    application_ids  text NOT NULL,
    outcome          text NOT NULL,
    http_status      integer,
    duration_ms      bigint NOT NULL,
    detail           text
);
CREATE INDEX ants_call_by_commune ON ants_call (commune_id, called_at DESC);
