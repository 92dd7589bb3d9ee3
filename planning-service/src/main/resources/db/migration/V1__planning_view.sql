-- Read side of the planning aggregates, kept in the same transaction as the events (subscribing handlers).
-- One JSON document per entity; capacity is recomputed from these documents.
CREATE TABLE planning_view (
    kind       VARCHAR(40)  NOT NULL,
    id         VARCHAR(100) NOT NULL,
    commune_id VARCHAR(100) NOT NULL,
    body       JSONB        NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX planning_view_commune ON planning_view (commune_id, kind);
