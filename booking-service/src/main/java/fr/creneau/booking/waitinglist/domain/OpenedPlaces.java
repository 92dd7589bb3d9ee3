package fr.creneau.booking.waitinglist.domain;

import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Capacity a counter-day opened and not yet offered, as ranges of free units, and the earliest place in it for a
 * waiter: on the type's grid ({@code step} from the start of each range, as the portal's slots), earlier than their
 * appointment, with room for their length and units throughout.
 */
public record OpenedPlaces(List<Usage> ranges, Duration step) {

    public OpenedPlaces {
        ranges = ranges.stream().sorted(Comparator.comparing((Usage usage) -> usage.range().start())).toList();
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("a grid needs a positive step: " + step);
        }
    }

    public Optional<TimeRange> earliestFor(Waiter waiter, Instant now) {
        for (Usage opened : ranges) {
            for (Instant start = opened.range().start(); start.isBefore(opened.range().end());
                    start = start.plus(step)) {
                TimeRange place = TimeRange.of(start, waiter.length());
                if (start.isAfter(now) && start.isBefore(waiter.booking().range().start())
                        && freeUnits(place) >= waiter.booking().units()) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.empty();
    }

    /** What is left once {@code units} over {@code taken} are offered. */
    public OpenedPlaces minus(TimeRange taken, int units) {
        List<Usage> left = new ArrayList<>();
        for (Usage opened : ranges) {
            TimeRange range = opened.range();
            if (!range.overlaps(taken)) {
                left.add(opened);
                continue;
            }
            if (range.start().isBefore(taken.start())) {
                left.add(new Usage(new TimeRange(range.start(), taken.start()), opened.units()));
            }
            Instant from = later(range.start(), taken.start());
            Instant to = earlier(range.end(), taken.end());
            if (opened.units() > units) {
                left.add(new Usage(new TimeRange(from, to), opened.units() - units));
            }
            if (range.end().isAfter(taken.end())) {
                left.add(new Usage(new TimeRange(taken.end(), range.end()), opened.units()));
            }
        }
        return new OpenedPlaces(left, step);
    }

    /** The fewest units opened at any instant of {@code place}: none where nothing opened. */
    private int freeUnits(TimeRange place) {
        int fewest = unitsAt(place.start());
        for (Usage opened : ranges) {
            for (Instant bound : List.of(opened.range().start(), opened.range().end())) {
                if (place.contains(bound)) {
                    fewest = Math.min(fewest, unitsAt(bound));
                }
            }
        }
        return fewest;
    }

    private int unitsAt(Instant instant) {
        return ranges.stream().filter(opened -> opened.range().contains(instant)).mapToInt(Usage::units).sum();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
