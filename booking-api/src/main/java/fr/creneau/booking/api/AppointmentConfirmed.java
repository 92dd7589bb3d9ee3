package fr.creneau.booking.api;

import java.time.Instant;

/** The appointment is booked: by a citizen with the right code, or by an agent for a citizen. */
public record AppointmentConfirmed(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment) implements BookingEvent {
}
