-- One row per appointment: where it stands now and which steps it went through. Figures are counted from it,
-- by the appointment's own (local) date, so a state change moves a count instead of adding one.
CREATE TABLE appointment_fact (
    appointment_id      VARCHAR(100) PRIMARY KEY,
    commune_id          VARCHAR(100) NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    booked              BOOLEAN      NOT NULL,
    confirmed           BOOLEAN      NOT NULL,
    unscheduled         BOOLEAN      NOT NULL,
    rescheduled         BOOLEAN      NOT NULL,
    cancelled_by        VARCHAR(20),
    appointment_date    DATE         NOT NULL,
    start_at            TIMESTAMPTZ  NOT NULL,
    end_at              TIMESTAMPTZ  NOT NULL,
    booked_at           TIMESTAMPTZ,
    channel             VARCHAR(20),
    place_id            VARCHAR(100),
    counter_id          VARCHAR(100),
    agent_id            VARCHAR(100),
    service_id          VARCHAR(100),
    appointment_type_id VARCHAR(100),
    option_id           VARCHAR(100)
);
CREATE INDEX appointment_fact_commune_date ON appointment_fact (commune_id, appointment_date);

-- What a counter can hold, as the latest PlanningChanged for each of its dates says.
CREATE TABLE capacity_range (
    counter_id    VARCHAR(100) NOT NULL,
    day           DATE         NOT NULL,
    commune_id    VARCHAR(100) NOT NULL,
    place_id      VARCHAR(100),
    start_at      TIMESTAMPTZ  NOT NULL,
    end_at        TIMESTAMPTZ  NOT NULL,
    capacity      INTEGER      NOT NULL
);
CREATE INDEX capacity_range_counter_day ON capacity_range (counter_id, day);
CREATE INDEX capacity_range_commune_day ON capacity_range (commune_id, day);

-- Display names of places, counters, agents, services, types and options. planning.events (priority 1) wins over
-- the labels booking events carry (priority 0); then the latest wins, so a replay ends with the same names.
CREATE TABLE dimension_label (
    commune_id  VARCHAR(100) NOT NULL,
    dimension   VARCHAR(20)  NOT NULL,
    id          VARCHAR(100) NOT NULL,
    label       VARCHAR(500) NOT NULL,
    priority    INTEGER      NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (commune_id, dimension, id)
);
