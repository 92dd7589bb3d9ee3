-- A commune's line on the interactive voice server: the number citizens call (as Twilio sends it in To), where a
-- caller not understood is put through, the opening hours said before that, and the commune's switch.
CREATE TABLE voice_line (
    commune_id      VARCHAR(100) PRIMARY KEY,
    phone_number    VARCHAR(20)  NOT NULL UNIQUE,
    transfer_number VARCHAR(20),
    opening_hours   VARCHAR(300),
    enabled         BOOLEAN      NOT NULL DEFAULT FALSE
);

-- The short reference read out to a caller and written in the messages, to hear or cancel the appointment by phone:
-- unique within the commune while the appointment is kept.
CREATE TABLE appointment_reference (
    appointment_id VARCHAR(100) PRIMARY KEY,
    commune_id     VARCHAR(100) NOT NULL,
    reference      CHAR(6)      NOT NULL,
    UNIQUE (commune_id, reference)
);
