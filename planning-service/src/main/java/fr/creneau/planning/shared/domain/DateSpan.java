package fr.creneau.planning.shared.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** Dates from {@code from} to {@code to}, both inclusive. */
public record DateSpan(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 3 * 366;

    public DateSpan {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Une période doit avoir une date de début et une date de fin.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("La période du %s au %s se termine avant de commencer.".formatted(from, to));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("La période du %s au %s dépasse trois ans.".formatted(from, to));
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(DateSpan other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    public Stream<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1));
    }
}
