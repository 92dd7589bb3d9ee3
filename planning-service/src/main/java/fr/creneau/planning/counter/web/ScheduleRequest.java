package fr.creneau.planning.counter.web;

import java.time.LocalDate;

/** Apply a reference week from {@code from} to {@code to} (inclusive) with {@code agents} agents (1 by default). */
public record ScheduleRequest(String referenceWeekId, LocalDate from, LocalDate to, Integer agents) {
}
