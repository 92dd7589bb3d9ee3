package fr.creneau.planning.counter.web;

import java.time.LocalDate;

/** {@code applicationId}: to withdraw this application later. */
public record ScheduleResponse(String applicationId, String counterId, String referenceWeekId, LocalDate from, LocalDate to, int agents) {
}
