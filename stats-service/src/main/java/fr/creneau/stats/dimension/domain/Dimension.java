package fr.creneau.stats.dimension.domain;

import java.util.Arrays;
import java.util.Optional;

/** A breakdown of the figures; {@code parameter} is its name in the API and the stream. */
public enum Dimension {
    COMMUNE("commune"),
    PLACE("place"),
    COUNTER("counter"),
    AGENT("agent"),
    SERVICE("service"),
    TYPE("type"),
    OPTION("option"),
    CHANNEL("channel");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<Dimension> fromParameter(String value) {
        return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(value)).findFirst();
    }
}
