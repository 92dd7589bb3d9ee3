package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** An agent approved the appointment. */
public record AppointmentApproved(
        String counterDayId,
        Booking booking,
        String agentId,
        Instant occurredAt) implements AppointmentEvent {
}
