package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The citizen came. */
public record AppointmentAttended(
        String counterDayId,
        Booking booking,
        String agentId,
        Instant occurredAt) implements AppointmentEvent {
}
