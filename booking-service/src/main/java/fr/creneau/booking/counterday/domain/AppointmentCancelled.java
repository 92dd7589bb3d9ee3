package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The appointment is cancelled; its capacity is free. */
public record AppointmentCancelled(
        String counterDayId,
        Booking booking,
        boolean byAgent,
        String agentId,
        String reason,
        Instant occurredAt) implements AppointmentEvent {
}
