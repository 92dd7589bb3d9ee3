package fr.creneau.planning.referenceweek.domain;

import fr.creneau.planning.shared.domain.WeeklyHours;

public record ReferenceWeekCreated(String referenceWeekId, String communeId, String name, WeeklyHours hours) {
}
