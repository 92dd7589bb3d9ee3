package fr.creneau.stats.figures.web;

import fr.creneau.stats.figures.domain.FigureRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The answer of the figures endpoint: what was asked and one row per period and group. */
public record FigureReport(
        String communeId,
        String period,
        String groupBy,
        String dateBasis,
        LocalDate from,
        LocalDate to,
        Map<String, String> filters,
        List<FigureRow> rows) {
}
