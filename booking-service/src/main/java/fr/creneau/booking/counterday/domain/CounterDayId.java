package fr.creneau.booking.counterday.domain;

import java.time.LocalDate;

/** One counter on one date of its commune's calendar: the unit inside which capacity is never overbooked. */
public record CounterDayId(String counterId, LocalDate day) {

    private static final String SEPARATOR = "/";

    public CounterDayId {
        if (counterId == null || counterId.isBlank() || counterId.contains(SEPARATOR) || day == null) {
            throw new IllegalArgumentException("invalid counter day: " + counterId + " " + day);
        }
    }

    public static CounterDayId parse(String value) {
        int at = value.lastIndexOf(SEPARATOR);
        return new CounterDayId(value.substring(0, at), LocalDate.parse(value.substring(at + 1)));
    }

    @Override
    public String toString() {
        return counterId + SEPARATOR + day;
    }
}
