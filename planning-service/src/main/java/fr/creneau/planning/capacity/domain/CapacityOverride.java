package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.TimeRange;

import java.time.LocalDate;

/**
 * A one-off exception: on {@code date}, within {@code range} (or during all the day's opening hours when it is
 * null), the counter has {@code agents} agents (0 closes it). It wins over the reference week, holidays and closures.
 */
public record CapacityOverride(LocalDate date, TimeRange range, int agents) {

    public CapacityOverride {
        if (date == null) {
            throw new IllegalArgumentException("Une exception doit avoir une date.");
        }
        if (agents < 0 || agents > 100) {
            throw new IllegalArgumentException("Le nombre d'agents doit être compris entre 0 et 100.");
        }
    }
}
