package fr.creneau.booking.counterday.domain;

/** Capacity taken: {@code units} during {@code range}. */
public record Usage(TimeRange range, int units) {
}
