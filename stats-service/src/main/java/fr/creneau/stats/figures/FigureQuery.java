package fr.creneau.stats.figures;

import fr.creneau.stats.dimension.Dimension;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Which figures to compute: one commune, appointment dates from {@code from} to {@code to} (both inclusive, either
 * open), only appointments matching every entry of {@code filters}, bucketed by {@code period} and broken down by
 * {@code groupBy} (each may be null: one bucket, no breakdown).
 */
public record FigureQuery(
        String communeId,
        LocalDate from,
        LocalDate to,
        Map<Dimension, String> filters,
        Period period,
        Dimension groupBy) {

    private static final Set<Dimension> CAPACITY_DIMENSIONS = Set.of(Dimension.COMMUNE, Dimension.PLACE,
            Dimension.COUNTER);

    public FigureQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static FigureQuery cell(String communeId, LocalDate date, Dimension dimension, String id) {
        return new FigureQuery(communeId, date, date, Map.of(dimension, id), null, null);
    }

    /** Capacity belongs to counters (and so to places): it says nothing of an agent's or a type's share of it. */
    boolean hasCapacity() {
        return (groupBy == null || CAPACITY_DIMENSIONS.contains(groupBy))
                && CAPACITY_DIMENSIONS.containsAll(filters.keySet());
    }
}
