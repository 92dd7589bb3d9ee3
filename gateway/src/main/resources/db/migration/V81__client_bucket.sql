-- The per-client token buckets (ratelimit.ClientBuckets), one row per tier and client, shared by every gateway. A
-- request takes its token in one statement, one round trip, one transaction: take_client_token. Bucket4j's
-- PostgreSQL backend, used before, took four (BEGIN, SELECT ... FOR UPDATE, UPDATE, COMMIT). rate_limit_bucket, its
-- table, is left for the gateways of the previous version during an upgrade.
CREATE TABLE client_bucket (
    id         varchar(100) PRIMARY KEY,
    -- what is left after the last take, refilled evenly: capacity tokens per period
    tokens     double precision NOT NULL,
    -- the database's clock, in microseconds since the epoch, so that every gateway counts the same time
    updated_at bigint           NOT NULL,
    granted    boolean          NOT NULL,
    -- a period after the last take the bucket is full again, the same as no row: the sweep deletes it
    expires_at bigint           NOT NULL
);

CREATE INDEX client_bucket_expires_at ON client_bucket (expires_at);

-- Takes one token from the bucket, created full if it has no row. Returns 0 when granted, else the microseconds
-- until the next token. The upsert locks the row, so takes from several gateways at once are counted one after the
-- other and never grant more than the budget.
CREATE FUNCTION take_client_token(bucket varchar, capacity integer, period_micros bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    now_micros bigint := (extract(epoch FROM clock_timestamp()) * 1000000)::bigint;
    per_micro  double precision := capacity::double precision / period_micros;
    was_granted boolean;
    left_tokens double precision;
BEGIN
    INSERT INTO client_bucket AS b (id, tokens, updated_at, granted, expires_at)
    VALUES (bucket, capacity - 1, now_micros, capacity >= 1, now_micros + period_micros)
    ON CONFLICT (id) DO UPDATE SET
        granted = least(capacity, b.tokens + greatest(0, now_micros - b.updated_at) * per_micro) >= 1,
        tokens = least(capacity, b.tokens + greatest(0, now_micros - b.updated_at) * per_micro)
            - CASE WHEN least(capacity, b.tokens + greatest(0, now_micros - b.updated_at) * per_micro) >= 1
                   THEN 1 ELSE 0 END,
        updated_at = now_micros,
        expires_at = now_micros + period_micros
    RETURNING granted, tokens INTO was_granted, left_tokens;
    IF was_granted THEN
        RETURN 0;
    END IF;
    RETURN greatest(1, ceil((1 - left_tokens) / per_micro))::bigint;
END
$$;
