package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The appointment left for another counter-day, where it is already booked; the capacity here is free. */
public record AppointmentMovedOut(
        String counterDayId,
        Booking booking,
        String newCounterDayId,
        Instant occurredAt) implements AppointmentEvent {
}
