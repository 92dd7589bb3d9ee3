-- What planning-service told us about communes, places, counters and appointment types: the latest full
-- description of each, as published on planning.events.
CREATE TABLE catalog_entry (
    kind        VARCHAR(40)  NOT NULL,
    id          VARCHAR(100) NOT NULL,
    commune_id  VARCHAR(100) NOT NULL,
    payload     JSONB        NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX catalog_entry_commune ON catalog_entry (kind, commune_id);

-- Availability projection, written in the same transaction as the events of the counter-day aggregates.
CREATE TABLE capacity_window (
    counter_day_id VARCHAR(150) NOT NULL,
    counter_id     VARCHAR(100) NOT NULL,
    starts_at      TIMESTAMPTZ  NOT NULL,
    ends_at        TIMESTAMPTZ  NOT NULL,
    capacity       INT          NOT NULL,
    agent_ids      TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX capacity_window_counter ON capacity_window (counter_id, starts_at);
CREATE INDEX capacity_window_day ON capacity_window (counter_day_id);

CREATE TABLE occupancy (
    appointment_id VARCHAR(100) PRIMARY KEY,
    counter_day_id VARCHAR(150) NOT NULL,
    counter_id     VARCHAR(100) NOT NULL,
    starts_at      TIMESTAMPTZ  NOT NULL,
    ends_at        TIMESTAMPTZ  NOT NULL,
    units          INT          NOT NULL,
    agent_id       VARCHAR(100)
);
CREATE INDEX occupancy_counter ON occupancy (counter_id, starts_at);

-- Where each appointment lives (its counter-day aggregate) and where it stands.
CREATE TABLE appointment (
    appointment_id      VARCHAR(100) PRIMARY KEY,
    counter_day_id      VARCHAR(150) NOT NULL,
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100) NOT NULL,
    option_id           VARCHAR(100),
    counter_id          VARCHAR(100) NOT NULL,
    starts_at           TIMESTAMPTZ  NOT NULL,
    ends_at             TIMESTAMPTZ  NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    agent_id            VARCHAR(100),
    units               INT          NOT NULL,
    persons             INT          NOT NULL,
    channel             VARCHAR(10)  NOT NULL,
    person_key          VARCHAR(200),
    ants_numbers        TEXT         NOT NULL DEFAULT '',
    booked_at           TIMESTAMPTZ  NOT NULL,
    sealed_contact      TEXT,
    personal_data_erased BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX appointment_commune ON appointment (commune_id, starts_at);

-- The key that seals one appointment's contact details in the event store. Deleting the row erases them.
CREATE TABLE contact_key (
    appointment_id VARCHAR(100) PRIMARY KEY,
    secret_key     BYTEA        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Only a hash of the manage-link token: the token itself goes to the citizen through booking.contacts.
CREATE TABLE manage_token (
    token_hash     VARCHAR(64)  PRIMARY KEY,
    appointment_id VARCHAR(100) NOT NULL UNIQUE
);

-- The pending one-time code of a hold: a salted hash, never the code.
CREATE TABLE one_time_code (
    appointment_id VARCHAR(100) PRIMARY KEY,
    salt           BYTEA        NOT NULL,
    code_hash      BYTEA        NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    tries_left     INT          NOT NULL,
    resends_left   INT          NOT NULL,
    last_sent_at   TIMESTAMPTZ  NOT NULL,
    recipient      TEXT         NOT NULL
);

-- Who holds an active appointment: a keyed hash of each normalised mobile and e-mail, per commune and type, and
-- each ANTS pre-application number. Written with the events (same transaction), so two concurrent bookings by the
-- same person cannot both pass; deleted as soon as the appointment stops being active.
CREATE TABLE person_claim (
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100) NOT NULL,
    person_digest       VARCHAR(64)  NOT NULL,
    appointment_id      VARCHAR(100) NOT NULL,
    CONSTRAINT person_claim_pkey PRIMARY KEY (commune_id, appointment_type_id, person_digest)
);
CREATE INDEX person_claim_appointment ON person_claim (appointment_id);

CREATE TABLE ants_claim (
    ants_number    VARCHAR(10)  NOT NULL,
    appointment_id VARCHAR(100) NOT NULL,
    CONSTRAINT ants_claim_pkey PRIMARY KEY (ants_number)
);
CREATE INDEX ants_claim_appointment ON ants_claim (appointment_id);
