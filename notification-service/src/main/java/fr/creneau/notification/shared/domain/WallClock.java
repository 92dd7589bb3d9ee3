package fr.creneau.notification.shared.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as a citizen reads them on the town hall's clock: the instant is converted with the commune's
 * time-zone rules (Europe/Paris by default), so summer and winter time are both right.
 */
public final class WallClock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private WallClock() {
    }

    public static ZoneId zone(String timeZone) {
        return timeZone == null || timeZone.isBlank() ? PARIS : ZoneId.of(timeZone);
    }

    public static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    public static String dateAndTime(Instant instant, ZoneId zone) {
        return date(instant, zone) + " à " + time(instant, zone);
    }
}
