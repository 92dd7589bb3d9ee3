package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The citizen did not come. */
public record AppointmentNoShow(
        String counterDayId,
        Booking booking,
        String agentId,
        Instant occurredAt) implements AppointmentEvent {
}
