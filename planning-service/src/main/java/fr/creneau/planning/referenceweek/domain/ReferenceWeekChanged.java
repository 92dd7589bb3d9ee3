package fr.creneau.planning.referenceweek.domain;

import fr.creneau.planning.shared.domain.WeeklyHours;

/** The new hours apply to the next applications and to the counters the week was already applied to. */
public record ReferenceWeekChanged(String referenceWeekId, String communeId, String name, WeeklyHours hours) {
}
