package fr.creneau.planning.capacity.domain;

import java.time.Instant;

/** One bookable time of a type's duration, with how many appointments it can take at once. */
public record Slot(Instant start, Instant end, int capacity) {
}
