package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;

/**
 * A reference week applied to a counter over a period with a number of agents; a later one wins where they overlap.
 * {@code referenceWeekId} names the week it follows when that week changes, {@code applicationId} this application so
 * that it can be withdrawn (both null in applications recorded before they existed).
 */
public record ScheduleApplication(WeeklyHours hours, DateSpan span, int agents, String referenceWeekId,
        String applicationId) {

    public ScheduleApplication {
        if (agents < 0 || agents > 100) {
            throw new IllegalArgumentException("Le nombre d'agents doit être compris entre 0 et 100.");
        }
    }

    public ScheduleApplication(WeeklyHours hours, DateSpan span, int agents) {
        this(hours, span, agents, null, null);
    }

    public boolean follows(String weekId) {
        return referenceWeekId != null && referenceWeekId.equals(weekId);
    }

    public ScheduleApplication withHours(WeeklyHours newHours) {
        return new ScheduleApplication(newHours, span, agents, referenceWeekId, applicationId);
    }
}
