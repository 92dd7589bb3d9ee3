package fr.creneau.booking.api;

import java.time.Instant;

/** An agent approved an appointment that was awaiting approval. */
public record AppointmentApproved(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String agentId) implements BookingEvent {
}
