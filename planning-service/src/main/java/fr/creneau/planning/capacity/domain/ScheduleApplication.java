package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHours;

/** A reference week applied to a counter over a period with a number of agents; a later one wins where they overlap. */
public record ScheduleApplication(WeeklyHours hours, DateSpan span, int agents) {

    public ScheduleApplication {
        if (agents < 0 || agents > 100) {
            throw new IllegalArgumentException("Le nombre d'agents doit être compris entre 0 et 100.");
        }
    }
}
