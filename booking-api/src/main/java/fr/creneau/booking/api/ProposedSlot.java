package fr.creneau.booking.api;

import java.time.Instant;

/** A free slot offered to a citizen whose appointment was cancelled or unscheduled by the mairie. */
public record ProposedSlot(String placeId, String placeName, String counterId, Instant start, Instant end) {
}
