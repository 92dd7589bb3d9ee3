-- The import of a commune's future appointments from another tool (README, "Moving in"). A file arrives in parts of
-- at most the request size, is kept until it is run (dry or real), and its report is kept with it.
CREATE TABLE appointment_import (
    import_id   VARCHAR(100) PRIMARY KEY,
    commune_id  VARCHAR(100) NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    report      TEXT
);
CREATE TABLE appointment_import_part (
    import_id VARCHAR(100) NOT NULL REFERENCES appointment_import (import_id) ON DELETE CASCADE,
    part_no   INT          NOT NULL,
    body      TEXT         NOT NULL,
    PRIMARY KEY (import_id, part_no)
);
-- What was imported, by the reference the other tool gave it: running the same file twice creates nothing twice.
CREATE TABLE imported_appointment (
    commune_id     VARCHAR(100) NOT NULL,
    reference      VARCHAR(100) NOT NULL,
    appointment_id VARCHAR(100) NOT NULL,
    imported_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (commune_id, reference)
);
