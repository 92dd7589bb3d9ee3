package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** An agent refused the appointment; its capacity is free. */
public record AppointmentRefused(
        String counterDayId,
        Booking booking,
        String agentId,
        String reason,
        Instant occurredAt) implements AppointmentEvent {
}
