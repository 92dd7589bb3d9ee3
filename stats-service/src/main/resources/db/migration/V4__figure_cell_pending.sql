-- The analysts' stream's cells changed since they were last published, one row per cell however many events changed
-- it: marked in the event's transaction, published and removed by the flush (at most every second), so that a rush
-- of events on one commune's day costs one record per cell and not one per event and cell.
CREATE TABLE figure_cell_pending (
    cell_key     VARCHAR(500) PRIMARY KEY,
    commune_id   VARCHAR(100) NOT NULL,
    cell_date    DATE         NOT NULL,
    dimension    VARCHAR(20)  NOT NULL,
    dimension_id VARCHAR(300) NOT NULL,
    as_of        TIMESTAMPTZ  NOT NULL
);
