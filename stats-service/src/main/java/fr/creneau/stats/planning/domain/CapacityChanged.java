package fr.creneau.stats.planning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the transaction that replaced a counter's capacity, naming only the {@code days} whose capacity
 * (or place) actually changed: a planning republished as it was changes no figure.
 */
public record CapacityChanged(String communeId, String placeId, String counterId, List<LocalDate> days,
        Instant occurredAt) {

    public CapacityChanged {
        days = List.copyOf(days);
    }
}
