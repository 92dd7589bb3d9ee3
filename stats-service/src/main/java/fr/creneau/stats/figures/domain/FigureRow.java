package fr.creneau.stats.figures.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.LocalDate;

/** The figures of one period (its first day) and one group (null when not broken down). */
public record FigureRow(LocalDate periodStart, String groupId, String groupLabel, @JsonUnwrapped Figures figures) {
}
