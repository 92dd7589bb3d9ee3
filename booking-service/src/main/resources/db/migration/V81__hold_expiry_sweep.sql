-- When a citizen's hold ends, for the sweep that ends it (HoldExpiries), which reads the held appointments in this
-- order. Holds made before this column got a durable deadline in db-scheduler's table and end by it.
ALTER TABLE appointment ADD COLUMN hold_expires_at TIMESTAMPTZ;
CREATE INDEX appointment_hold_expiry ON appointment (hold_expires_at) WHERE status = 'HELD';
