package fr.creneau.planning.counter.domain;

import fr.creneau.planning.capacity.domain.ScheduleApplication;

/** The week's hours are copied: changing the reference week later does not change this counter. */
public record ReferenceWeekApplied(String counterId, String communeId, String referenceWeekId,
        ScheduleApplication schedule) {
}
