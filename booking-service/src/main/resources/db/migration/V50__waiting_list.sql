-- The appointments on a waiting list for an earlier slot (one line per place and type), and the offer each holds:
-- a projection of the waiting lines' events, written in the same transaction as them.
CREATE TABLE waiting_list_entry (
    appointment_id   VARCHAR(100) PRIMARY KEY,
    line_id          VARCHAR(250) NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    offer_id         VARCHAR(250),
    offer_counter_id VARCHAR(100),
    offer_start      TIMESTAMPTZ,
    offer_end        TIMESTAMPTZ,
    offer_expires_at TIMESTAMPTZ
);
CREATE INDEX waiting_list_entry_line ON waiting_list_entry (line_id);
