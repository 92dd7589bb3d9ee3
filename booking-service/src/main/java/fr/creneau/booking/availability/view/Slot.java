package fr.creneau.booking.availability.view;

import java.time.Instant;

/** A free slot: {@code remaining} units can still be booked at once over it. */
public record Slot(String placeId, String placeName, String counterId, Instant start, Instant end, int remaining) {
}
