package fr.creneau.booking.api;

import java.time.Instant;

/** The citizen confirmed, and the type needs an agent's approval before the appointment stands. */
public record AppointmentAwaitingApproval(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment) implements BookingEvent {
}
