package fr.creneau.planning.referenceweek.web;

import java.util.List;
import java.util.Map;

/** {@code days}: for each day ({@code MONDAY} or {@code lundi}), one {@code 09h00-12h00} range a line. */
public record ReferenceWeekRequest(String name, Map<String, List<String>> days) {
}
