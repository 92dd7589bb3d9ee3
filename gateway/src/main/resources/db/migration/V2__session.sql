-- Agents' sessions, shared by every gateway: Spring Session JDBC's own PostgreSQL schema
-- (org/springframework/session/jdbc/schema-postgresql.sql in spring-session-jdbc), as its repository expects it.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);

-- Wrong passwords in a row per username, shared by every gateway. The username is kept as the SHA-256 of its lower
-- case: what people type there is sometimes their password, and it need not be stored.
CREATE TABLE login_failure (
    username_hash   char(64)    PRIMARY KEY,
    failures        int         NOT NULL,
    locked_until    timestamptz,
    last_failure_at timestamptz NOT NULL
);

CREATE INDEX login_failure_last ON login_failure (last_failure_at);
