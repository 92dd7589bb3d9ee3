-- The appointment types of each commune, from planning.events: settings per type are only for a commune's own types.
CREATE TABLE appointment_type (
    commune_id          VARCHAR(100) NOT NULL,
    appointment_type_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (commune_id, appointment_type_id)
);
