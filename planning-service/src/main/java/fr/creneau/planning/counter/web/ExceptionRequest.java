package fr.creneau.planning.counter.web;

import java.time.LocalDate;

/**
 * On {@code date}, within {@code range} ({@code 14h00-16h00}; the whole day's opening hours when absent), the counter
 * has {@code agents} agents: 0 closes it.
 */
public record ExceptionRequest(LocalDate date, String range, Integer agents, String label) {
}
