package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;

/** When an agent works, week after week, over a period; a later one wins where they overlap. */
public record Availability(WeeklyHours hours, DateSpan span) {

    public Availability {
        if (hours == null || span == null) {
            throw new IllegalArgumentException("Une disponibilité doit avoir des horaires et une période.");
        }
    }
}
