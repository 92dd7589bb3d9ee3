package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The citizen gave the right code. */
public record AppointmentConfirmed(
        String counterDayId,
        Booking booking,
        Instant occurredAt) implements AppointmentEvent {
}
