package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** A team appointment is now with the agent in booking.agentId. */
public record AppointmentAssigned(
        String counterDayId,
        Booking booking,
        String previousAgentId,
        Instant occurredAt) implements AppointmentEvent {
}
