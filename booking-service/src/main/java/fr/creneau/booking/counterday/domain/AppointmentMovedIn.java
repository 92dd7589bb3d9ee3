package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The appointment arrived from another counter-day; the capacity here is taken. */
public record AppointmentMovedIn(
        String counterDayId,
        Booking booking,
        String previousCounterDayId,
        TimeRange previousRange,
        String previousPlaceId,
        String previousCounterId,
        boolean byAgent,
        String sealedContact,
        Instant occurredAt) implements AppointmentEvent {
}
