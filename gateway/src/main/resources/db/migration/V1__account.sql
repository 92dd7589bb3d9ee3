-- Agents' accounts, owned by the gateway. A platform administrator belongs to no commune; every other account
-- belongs to exactly one. password_hash is null for an account that only signs in through ProConnect.
CREATE TABLE account (
    id            uuid         PRIMARY KEY,
    username      varchar(100) NOT NULL,
    display_name  varchar(200) NOT NULL,
    email         varchar(320),
    password_hash varchar(200),
    commune_id    varchar(60),
    roles         varchar(100) NOT NULL
        CHECK (roles ~ '^(PLATFORM_ADMIN|COMMUNE_ADMIN|SERVICE_MANAGER|AGENT)(,(COMMUNE_ADMIN|SERVICE_MANAGER|AGENT))*$'),
    agent_id      varchar(100),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CHECK ((roles = 'PLATFORM_ADMIN') = (commune_id IS NULL))
);

CREATE UNIQUE INDEX account_username ON account (lower(username));
CREATE UNIQUE INDEX account_email ON account (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX account_commune ON account (commune_id);
