-- db-scheduler's table, the one definition for every service that schedules durable jobs (Axon deadlines, reminders,
-- sends, retention): a service lists classpath:db/scheduler among its Flyway locations. Repeatable and idempotent, so
-- that a database where V0_2__axon_event_store or notification-service's V1 created it (before this file) keeps it as
-- it is; see ARCHITECTURE.md, "Migrations". A change of the table is a new versioned migration, not an edit here.
CREATE TABLE IF NOT EXISTS scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
