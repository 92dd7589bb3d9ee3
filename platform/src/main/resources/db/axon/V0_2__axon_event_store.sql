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
