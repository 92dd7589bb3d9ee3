-- Codes are hashed with HMAC-SHA256 under the server's secret (BOOKING_CODE_SECRET), with no salt. A code issued
-- before keeps its salt and PBKDF2 hash, still checked, until it expires ten minutes after the upgrade.
ALTER TABLE one_time_code ALTER COLUMN salt DROP NOT NULL;
