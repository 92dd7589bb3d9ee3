package fr.creneau.planning.agent.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The agent's week, written like a reference week, from {@code from} to {@code to} inclusive. */
public record AvailabilityRequest(LocalDate from, LocalDate to, Map<String, List<String>> days) {
}
