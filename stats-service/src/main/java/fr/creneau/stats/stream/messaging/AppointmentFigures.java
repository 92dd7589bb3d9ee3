package fr.creneau.stats.stream.messaging;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.creneau.stats.figures.domain.Figures;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A record of stats.appointments, schema {@value #TYPE} (see stats-service/README.md): the current figures of one
 * commune, one day and one dimension value, keyed by {@code communeId|date|dimension|dimensionId}.
 *
 * @param asOf when the event that caused this update happened
 */
@JsonPropertyOrder({"type", "communeId", "date", "dimension", "dimensionId", "dimensionLabel"})
public record AppointmentFigures(
        String type,
        String communeId,
        LocalDate date,
        String dimension,
        String dimensionId,
        String dimensionLabel,
        @JsonUnwrapped Figures figures,
        Instant asOf) {

    public static final String TYPE = "AppointmentFigures.v1";
    public static final String TOPIC = "stats.appointments";
}
