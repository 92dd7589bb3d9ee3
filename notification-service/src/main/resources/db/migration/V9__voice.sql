-- The calls to each commune's voice line (voice.calls from booking-service), once each by Twilio's id of the call:
-- the minutes the operator invoices with the SMS.
CREATE TABLE voice_call (
    call_sid         VARCHAR(40)  PRIMARY KEY,
    commune_id       VARCHAR(100) NOT NULL,
    ended_at         TIMESTAMPTZ  NOT NULL,
    duration_seconds INT          NOT NULL,
    minutes          INT          NOT NULL
);

CREATE INDEX voice_call_commune_ended ON voice_call (commune_id, ended_at);

-- The appointment's six-digit reference (booking.contacts), written in the messages for the phone: null for the
-- appointments booked before it existed.
ALTER TABLE appointment_contact ADD COLUMN reference CHAR(6);
