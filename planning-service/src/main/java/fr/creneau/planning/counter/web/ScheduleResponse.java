package fr.creneau.planning.counter.web;

import java.time.LocalDate;

public record ScheduleResponse(String counterId, String referenceWeekId, LocalDate from, LocalDate to, int agents) {
}
