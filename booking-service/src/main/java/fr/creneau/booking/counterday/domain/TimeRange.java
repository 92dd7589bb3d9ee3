package fr.creneau.booking.counterday.domain;

import java.time.Duration;
import java.time.Instant;

public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a time range needs start < end: " + start + " / " + end);
        }
    }

    public static TimeRange of(Instant start, Duration duration) {
        return new TimeRange(start, start.plus(duration));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
