package fr.creneau.planning.counter.domain;

import fr.creneau.planning.shared.domain.DateSpan;

/** One application of a reference week is withdrawn; {@code span} is what it covered, to recompute. */
public record ScheduleWithdrawn(String counterId, String communeId, String applicationId, DateSpan span) {
}
