package fr.creneau.booking.api;

import java.time.Instant;

/** The citizen came to the appointment. */
public record AppointmentAttended(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String agentId) implements BookingEvent {
}
