package fr.creneau.planning.counter.domain;

import fr.creneau.planning.capacity.domain.ScheduleApplication;

/** The week's hours as they were then; when the week changes later, the counter follows it (ReferenceWeekChanged). */
public record ReferenceWeekApplied(String counterId, String communeId, String referenceWeekId,
        ScheduleApplication schedule) {
}
