package fr.creneau.booking.api;

import java.time.Instant;

/** A slot is held for a citizen who must now confirm with the one-time code, until {@code holdExpiresAt}. */
public record SlotReserved(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        Instant holdExpiresAt) implements BookingEvent {
}
