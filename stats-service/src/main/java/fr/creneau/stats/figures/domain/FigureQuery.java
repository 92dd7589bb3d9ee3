package fr.creneau.stats.figures.domain;

import fr.creneau.stats.dimension.domain.Dimension;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Which figures to compute: one commune, appointment dates from {@code from} to {@code to} (both inclusive, either
 * open), only appointments matching every entry of {@code filters}, bucketed by {@code period} and broken down by
 * {@code groupBy} (each may be null: one bucket, no breakdown). {@code dateBasis} says which date of an appointment
 * from, to and period apply to.
 */
public record FigureQuery(
        String communeId,
        LocalDate from,
        LocalDate to,
        Map<Dimension, String> filters,
        Period period,
        Dimension groupBy,
        DateBasis dateBasis) {

    private static final Set<Dimension> CAPACITY_DIMENSIONS = Set.of(Dimension.COMMUNE, Dimension.PLACE,
            Dimension.COUNTER);

    public FigureQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        dateBasis = dateBasis == null ? DateBasis.APPOINTMENT : dateBasis;
    }

    public static FigureQuery cell(String communeId, LocalDate date, Dimension dimension, String id) {
        return new FigureQuery(communeId, date, date, Map.of(dimension, id), null, null, DateBasis.APPOINTMENT);
    }

    /**
     * Capacity belongs to counters (and so to places) and to the day it is open: it says nothing of an agent's or a
     * type's share of it, nor of the days appointments were booked.
     */
    public boolean hasCapacity() {
        return dateBasis == DateBasis.APPOINTMENT && (groupBy == null || CAPACITY_DIMENSIONS.contains(groupBy))
                && CAPACITY_DIMENSIONS.containsAll(filters.keySet());
    }

    /**
     * SMS belong to the commune and to the day they were sent: they say nothing of a place, a type or a channel
     * (a reminder is not about how the appointment was booked).
     */
    public boolean hasSms() {
        return (groupBy == null || groupBy == Dimension.COMMUNE) && Set.of(Dimension.COMMUNE).containsAll(filters.keySet());
    }
}
