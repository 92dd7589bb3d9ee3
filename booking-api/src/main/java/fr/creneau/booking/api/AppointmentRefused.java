package fr.creneau.booking.api;

import java.time.Instant;

/** An agent refused an appointment that was awaiting approval; its capacity is free again. */
public record AppointmentRefused(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String agentId,
        String reason) implements BookingEvent {
}
