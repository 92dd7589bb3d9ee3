package fr.creneau.stats.stream.domain;

import fr.creneau.stats.dimension.domain.Dimension;

import java.time.LocalDate;

/** One day of one commune seen through one dimension value: the unit the stream republishes. */
public record FigureCell(String communeId, LocalDate date, Dimension dimension, String dimensionId) {

    /** The Kafka key: the latest record under it holds the current figures of the cell. */
    public String key() {
        return communeId + "|" + date + "|" + dimension.parameter() + "|" + dimensionId;
    }
}
