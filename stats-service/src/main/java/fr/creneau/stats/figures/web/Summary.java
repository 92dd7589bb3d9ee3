package fr.creneau.stats.figures.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.creneau.stats.figures.domain.Figures;

import java.time.LocalDate;

/** The figures of a commune over the whole range asked for (all dates when from and to are absent). */
public record Summary(String communeId, String dateBasis, LocalDate from, LocalDate to,
        @JsonUnwrapped Figures figures) {
}
