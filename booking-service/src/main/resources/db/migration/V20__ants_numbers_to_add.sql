-- A booking made by phone without the ANTS pre-application numbers its type asks for (the caller chose to add them
-- later): how many are awaited, so that its confirmation asks the citizen for them. Erased with the personal data.
CREATE TABLE ants_numbers_to_add (
    appointment_id VARCHAR(100) PRIMARY KEY,
    awaited        INT          NOT NULL CHECK (awaited > 0)
);
