package fr.creneau.booking.api;

import java.time.Instant;

/** A team appointment was assigned (or reassigned) to an agent, named in {@code appointment.agentId}. */
public record AppointmentAssigned(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String previousAgentId) implements BookingEvent {
}
