package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;

/**
 * When an agent works, week after week, over a period; a later one wins where they overlap. {@code availabilityId}
 * names it so that it can be withdrawn (null in those recorded before it existed).
 */
public record Availability(WeeklyHours hours, DateSpan span, String availabilityId) {

    public Availability {
        if (hours == null || span == null) {
            throw new IllegalArgumentException("Une disponibilité doit avoir des horaires et une période.");
        }
    }

    public Availability(WeeklyHours hours, DateSpan span) {
        this(hours, span, null);
    }
}
