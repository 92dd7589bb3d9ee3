-- The local date an appointment was booked, so that figures can also be read by booking date (the activity of the
-- booking channels) besides the appointment's own date. Rows from before this column get it in Europe/Paris.
ALTER TABLE appointment_fact ADD COLUMN booking_date DATE;
UPDATE appointment_fact SET booking_date = (booked_at AT TIME ZONE 'Europe/Paris')::date WHERE booked_at IS NOT NULL;
CREATE INDEX appointment_fact_commune_booking_date ON appointment_fact (commune_id, booking_date);
