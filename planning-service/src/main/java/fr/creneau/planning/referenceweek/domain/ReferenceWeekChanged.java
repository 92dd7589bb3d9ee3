package fr.creneau.planning.referenceweek.domain;

import fr.creneau.planning.shared.domain.WeeklyHours;

/** The new hours apply to the next applications; counters keep the hours they were given (as "appliquer" does). */
public record ReferenceWeekChanged(String referenceWeekId, String communeId, String name, WeeklyHours hours) {
}
