package fr.creneau.stats.figures.domain;

import java.util.Arrays;
import java.util.Optional;

/** How figures are bucketed in time; weeks start on Monday (ISO), months on the 1st. */
public enum Period {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String parameter;

    Period(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The SQL expression giving the first day of the bucket that {@code dateColumn} falls in. */
    public String bucketOf(String dateColumn) {
        return switch (this) {
            case DAY -> dateColumn;
            case WEEK -> "date_trunc('week', " + dateColumn + ")::date";
            case MONTH -> "date_trunc('month', " + dateColumn + ")::date";
        };
    }

    public static Optional<Period> fromParameter(String value) {
        return Arrays.stream(values()).filter(period -> period.parameter.equals(value)).findFirst();
    }
}
