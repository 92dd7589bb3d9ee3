package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** A hold on capacity while the citizen confirms with the one-time code. */
public record SlotReserved(
        String counterDayId,
        Booking booking,
        Instant holdExpiresAt,
        String sealedContact,
        Instant occurredAt) implements AppointmentEvent {
}
