package fr.creneau.booking.api;

import java.time.Instant;

/** The citizen did not come to the appointment. */
public record AppointmentNoShow(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String agentId) implements BookingEvent {
}
