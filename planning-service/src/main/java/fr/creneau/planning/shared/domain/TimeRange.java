package fr.creneau.planning.shared.domain;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** An opening range within one day, start inclusive, end exclusive. */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final DateTimeFormatter NOTATION = DateTimeFormatter.ofPattern("HH'h'mm");

    public TimeRange {
        if (start == null || end == null) {
            throw new IllegalArgumentException("Une plage horaire doit avoir un début et une fin.");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("La plage %s-%s se termine avant de commencer."
                    .formatted(NOTATION.format(start), NOTATION.format(end)));
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    public int endMinute() {
        return end.getHour() * 60 + end.getMinute();
    }

    public String notation() {
        return NOTATION.format(start) + "-" + NOTATION.format(end);
    }
}
