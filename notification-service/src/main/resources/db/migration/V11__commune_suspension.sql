-- Whether the operator suspended each commune, from planning.events (CommuneSuspensionChanged.v1): the agents of a
-- suspended commune read its notification settings but do not change them. No row: never suspended.
CREATE TABLE commune_suspension (
    commune_id VARCHAR(100) PRIMARY KEY,
    suspended  BOOLEAN      NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
