package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.AppointmentType;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** When a type can be booked from now: not before its minimum notice, not beyond its horizon. */
public record BookingWindow(Instant earliestStart, Instant latestStart) {

    private static final String DEFAULT_HORIZON = "P2M";

    public static BookingWindow of(AppointmentType type, Instant now, ZoneId zone) {
        Instant earliest = plus(now, zone, type.minimumNotice(), "PT0M");
        Instant latest = plus(now, zone, type.bookingHorizon(), DEFAULT_HORIZON);
        return new BookingWindow(earliest, latest);
    }

    public boolean allows(Instant start) {
        return !start.isBefore(earliestStart) && !start.isAfter(latestStart);
    }

    private static Instant plus(Instant now, ZoneId zone, String amount, String fallback) {
        String value = amount == null || amount.isBlank() ? fallback : amount.trim().toUpperCase();
        try {
            if (value.contains("T")) {
                return now.plus(Duration.parse(value));
            }
            return now.atZone(zone).plus(Period.parse(value)).toInstant();
        } catch (DateTimeParseException e) {
            return plus(now, zone, fallback, fallback);
        }
    }
}
