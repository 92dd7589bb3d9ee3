package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** A free slot offered to a citizen whose appointment the mairie took away. */
public record Proposal(String placeId, String placeName, String counterId, Instant start, Instant end) {
}
