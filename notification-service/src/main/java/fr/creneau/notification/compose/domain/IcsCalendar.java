package fr.creneau.notification.compose.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) event for the appointment. Times are written in UTC, which every calendar converts to
 * its own wall clock; text is escaped and lines are folded at 75 octets as the RFC requires.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    public static String event(String uid, Instant start, Instant end, Instant stamp, String summary,
            String location, String description, int sequence) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Créneau//Rendez-vous en mairie//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(end));
        line(ics, "SUMMARY:" + escape(summary));
        line(ics, "LOCATION:" + escape(location));
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(folded).append("\r\n");
    }
}
