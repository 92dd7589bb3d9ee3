package fr.creneau.stats.planning;

import java.time.Instant;
import java.time.LocalDate;

/** Published inside the transaction that replaced a counter's capacity over the dates {@code from} to {@code to}. */
public record CapacityChanged(String communeId, String placeId, String counterId, LocalDate from, LocalDate to,
        Instant occurredAt) {
}
