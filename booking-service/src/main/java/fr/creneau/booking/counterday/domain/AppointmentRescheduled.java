package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The appointment moved to another time of the same counter-day. */
public record AppointmentRescheduled(
        String counterDayId,
        Booking booking,
        TimeRange previousRange,
        boolean byAgent,
        Instant occurredAt) implements AppointmentEvent {
}
