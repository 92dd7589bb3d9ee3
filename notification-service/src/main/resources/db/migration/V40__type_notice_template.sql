-- An appointment type's own texts, which win over its commune's (notice_template) for the notices of that type.
CREATE TABLE type_notice_template (
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100) NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    channel             VARCHAR(10)  NOT NULL,
    subject             TEXT,
    body                TEXT         NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (commune_id, appointment_type_id, kind, channel)
);
