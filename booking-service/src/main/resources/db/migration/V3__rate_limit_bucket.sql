-- Bucket4j's token buckets of the per-person and per-appointment rate limits, shared by every instance. id
-- is the limit's name and the HMAC of its key; state is Bucket4j's serialized bucket; expires_at (epoch
-- milliseconds) is when the bucket would be full again, after which a periodic sweep deletes the row.
CREATE TABLE rate_limit_bucket (
    id         varchar(100) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
