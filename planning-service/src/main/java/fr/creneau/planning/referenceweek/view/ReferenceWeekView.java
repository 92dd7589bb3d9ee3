package fr.creneau.planning.referenceweek.view;

import fr.creneau.planning.shared.domain.WeeklyHours;

public record ReferenceWeekView(String referenceWeekId, String communeId, String name, WeeklyHours hours) {

    public static final String KIND = "reference-week";
}
