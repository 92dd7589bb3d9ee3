-- A tombstone on booking.contacts leaves only the fact that the contact was erased (no personal data), so that a
-- later notice for that appointment is skipped instead of waiting for a contact that will never come.
ALTER TABLE appointment_contact ADD COLUMN erased_at TIMESTAMPTZ;
ALTER TABLE appointment_contact ALTER COLUMN commune_id DROP NOT NULL;
