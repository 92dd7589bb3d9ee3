package fr.creneau.planning.shared.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Opening ranges for each day of a week, sorted and never overlapping within a day. */
public record WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {

    public WeeklyHours {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            days.forEach((day, ranges) -> {
                List<TimeRange> sorted = new ArrayList<>(ranges);
                sorted.sort(Comparator.comparing(TimeRange::start));
                assertNoOverlap(day, sorted);
                if (!sorted.isEmpty()) {
                    copy.put(day, List.copyOf(sorted));
                }
            });
        }
        days = Map.copyOf(copy);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean noOpening() {
        return days.isEmpty();
    }

    private static void assertNoOverlap(DayOfWeek day, List<TimeRange> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("%s : les plages %s et %s se chevauchent.".formatted(
                        FrenchDays.name(day), sorted.get(i - 1).notation(), sorted.get(i).notation()));
            }
        }
    }
}
