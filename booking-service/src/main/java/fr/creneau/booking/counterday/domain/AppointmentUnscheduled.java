package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** A planning change left no room for the appointment; it is off the agenda. */
public record AppointmentUnscheduled(
        String counterDayId,
        Booking booking,
        String reason,
        Instant occurredAt) implements AppointmentEvent {
}
