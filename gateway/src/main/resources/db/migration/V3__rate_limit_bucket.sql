-- Bucket4j's token buckets of the per-client rate limits, one row per tier and client address, shared by every
-- gateway. state is Bucket4j's serialized bucket; expires_at (epoch milliseconds) is when the bucket would be full
-- again, after which the row is useless and a periodic sweep deletes it.
CREATE TABLE rate_limit_bucket (
    id         varchar(100) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
