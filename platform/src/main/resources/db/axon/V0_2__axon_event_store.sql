-- Axon's JDBC event store, token store and saga store on PostgreSQL. Payloads are bytea, never oid: large
-- objects would never be cleaned up. Names follow Axon's default EventSchema / TokenSchema / SagaSchema.
CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL PRIMARY KEY,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    UNIQUE (aggregateidentifier, sequencenumber)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorname, segment)
);

CREATE TABLE sagaentry (
    sagaid         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision       VARCHAR(255),
    sagatype       VARCHAR(255),
    serializedsaga BYTEA
);

CREATE TABLE associationvalueentry (
    id               BIGSERIAL    NOT NULL PRIMARY KEY,
    associationkey   VARCHAR(255) NOT NULL,
    associationvalue VARCHAR(255),
    sagatype         VARCHAR(255),
    sagaid           VARCHAR(255) NOT NULL
);
CREATE INDEX associationvalueentry_saga ON associationvalueentry (sagatype, associationkey, associationvalue);
CREATE INDEX associationvalueentry_sagaid ON associationvalueentry (sagaid, sagatype);

-- db-scheduler's table: Axon deadlines (hold expiry) and other durable jobs survive restarts
CREATE TABLE scheduled_tasks (
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
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
