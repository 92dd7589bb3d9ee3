package fr.creneau.planning.capacity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Turns one day's minute-by-minute capacity into windows of equal capacity and equal agents, as instants. */
final class DayWindows {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private DayWindows() {
    }

    static List<CapacityWindow> of(CounterPlan plan, LocalDate date, int[] headcount, long[] presence) {
        List<CapacityWindow> windows = new ArrayList<>();
        int runStart = 0;
        for (int minute = 1; minute <= MINUTES_PER_DAY; minute++) {
            if (minute == MINUTES_PER_DAY || differ(headcount, presence, runStart, minute)) {
                int capacity = capacity(headcount, presence, runStart);
                if (capacity > 0) {
                    Instant start = instant(plan, date, runStart);
                    Instant end = instant(plan, date, minute);
                    if (start.isBefore(end)) {
                        windows.add(new CapacityWindow(start, end, capacity, agentIds(plan, presence, runStart)));
                    }
                }
                runStart = minute;
            }
        }
        return windows;
    }

    private static boolean differ(int[] headcount, long[] presence, int one, int other) {
        return capacity(headcount, presence, one) != capacity(headcount, presence, other)
                || presence != null && headcount[other] > 0 && presence[one] != presence[other];
    }

    private static int capacity(int[] headcount, long[] presence, int minute) {
        return presence == null ? headcount[minute] : Math.min(headcount[minute], Long.bitCount(presence[minute]));
    }

    private static List<String> agentIds(CounterPlan plan, long[] presence, int minute) {
        if (presence == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < plan.agents().size(); index++) {
            if ((presence[minute] & (1L << index)) != 0) {
                ids.add(plan.agents().get(index).agentId());
            }
        }
        return ids;
    }

    private static Instant instant(CounterPlan plan, LocalDate date, int minute) {
        return ZonedDateTime.of(date.atStartOfDay().plusMinutes(minute), plan.zone()).toInstant();
    }
}
