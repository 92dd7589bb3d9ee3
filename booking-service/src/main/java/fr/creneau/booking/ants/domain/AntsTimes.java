package fr.creneau.booking.ants.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the ANTS reads them, in one place. Both APIs carry the Paris wall clock: the national site shows a slot's
 * time as it receives it, so a slot at 09:00 in Paris goes out as {@code 2026-12-02T09:00:00Z}, the local time with
 * a literal Z as other editors send it (not the UTC instant, which the site would show an hour or two early); a
 * declaration's {@code appointment_date} is the same wall clock without a zone.
 */
public final class AntsTimes {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter DECLARATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private AntsTimes() {
    }

    public static String slot(Instant start) {
        return SLOT.format(start.atZone(PARIS));
    }

    public static String declaration(Instant start) {
        return DECLARATION.format(start.atZone(PARIS));
    }

    public static LocalDateTime wallClock(Instant start) {
        return start.atZone(PARIS).toLocalDateTime();
    }
}
