package fr.creneau.booking.api;

import java.time.Instant;

/**
 * The citizen on the waiting list is offered an earlier slot of the same type and place, freed by someone else; it
 * is theirs to take until {@code expiresAt}, then it goes to the next in line. {@code appointment} is the citizen's
 * appointment as it stands (unchanged by the offer).
 */
public record EarlierSlotOffered(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String offerId,
        String offeredCounterId,
        String offeredCounterName,
        Instant offeredStart,
        Instant offeredEnd,
        Instant expiresAt) implements BookingEvent {
}
