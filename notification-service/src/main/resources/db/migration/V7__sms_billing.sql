-- The options of each commune's subscription, from planning.events (CommuneSubscriptionChanged.v1). No row: the
-- operator never set one, and SMS are allowed as before subscriptions existed.
CREATE TABLE commune_subscription (
    commune_id   VARCHAR(100) PRIMARY KEY,
    sms_option   BOOLEAN      NOT NULL,
    voice_option BOOLEAN      NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);

-- The operator's monthly SMS budget of a commune, in euros, and what happens once it is spent.
CREATE TABLE sms_budget (
    commune_id     VARCHAR(100)   PRIMARY KEY,
    monthly_budget NUMERIC(10, 2) NOT NULL,
    when_exhausted VARCHAR(30)    NOT NULL
);

-- Each threshold of the budget a commune reached in a month (80: the warning, 100: spent), raised once.
CREATE TABLE sms_budget_alert (
    commune_id VARCHAR(100) NOT NULL,
    month      CHAR(7)      NOT NULL,
    threshold  INT          NOT NULL,
    raised_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (commune_id, month, threshold)
);

-- What a commune spent on SMS in a month is summed over the notices sent in it.
CREATE INDEX notice_commune_sent ON notice (commune_id, channel, sent_at);
