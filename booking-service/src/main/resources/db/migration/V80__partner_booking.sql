-- The appointments a partner of the commune (a social worker...) booked for their beneficiaries: they follow these,
-- and nothing else of the commune's agenda. The account is the gateway's; the appointment is booking-service's.
CREATE TABLE partner_booking (
    appointment_id VARCHAR(100) PRIMARY KEY,
    commune_id     VARCHAR(100) NOT NULL,
    account_id     VARCHAR(100) NOT NULL,
    booked_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX partner_booking_account ON partner_booking (commune_id, account_id, booked_at);
