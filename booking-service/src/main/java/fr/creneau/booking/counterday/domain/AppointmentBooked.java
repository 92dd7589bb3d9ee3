package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** An agent booked the appointment for a citizen (phone or desk): no code, no hold. */
public record AppointmentBooked(
        String counterDayId,
        Booking booking,
        String sealedContact,
        Instant occurredAt) implements AppointmentEvent {
}
