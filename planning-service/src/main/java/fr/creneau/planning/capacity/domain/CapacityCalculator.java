package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.TimeRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes a counter's capacity minute by minute for each day, then merges equal neighbouring minutes into windows.
 * Precedence, from the weakest: reference week, then holidays and closures (the day is closed), then one-off
 * exceptions; named agents, when the counter has some, cap the number of agents with those actually there.
 */
public final class CapacityCalculator {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private CapacityCalculator() {
    }

    public static List<CapacityWindow> compute(CounterPlan plan, DateSpan dates) {
        List<CapacityWindow> windows = new ArrayList<>();
        dates.dates().forEach(date -> windows.addAll(DayWindows.of(plan, date, headcount(plan, date), presence(plan, date))));
        return windows;
    }

    static int[] headcount(CounterPlan plan, LocalDate date) {
        int[] agents = new int[MINUTES_PER_DAY];
        if (!isClosed(plan, date)) {
            latestSchedule(plan, date).ifPresent(schedule -> schedule.hours().on(date.getDayOfWeek())
                    .forEach(range -> fill(agents, range, schedule.agents())));
        }
        for (CapacityOverride override : plan.overrides()) {
            if (override.date().equals(date)) {
                apply(agents, override);
            }
        }
        return agents;
    }

    /** For each minute, a bit per named agent who is there; null when the counter has no named agent. */
    static long[] presence(CounterPlan plan, LocalDate date) {
        if (plan.agents().isEmpty()) {
            return null;
        }
        long[] present = new long[MINUTES_PER_DAY];
        for (int index = 0; index < plan.agents().size(); index++) {
            AgentDay.of(plan.agents().get(index), date).markPresence(present, 1L << index);
        }
        return present;
    }

    static boolean isClosed(CounterPlan plan, LocalDate date) {
        return plan.holidays().holidayOn(date).isPresent()
                || plan.closures().stream().anyMatch(closure -> closure.contains(date));
    }

    private static Optional<ScheduleApplication> latestSchedule(CounterPlan plan, LocalDate date) {
        ScheduleApplication latest = null;
        for (ScheduleApplication schedule : plan.schedules()) {
            if (schedule.span().contains(date)) {
                latest = schedule;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static void apply(int[] agents, CapacityOverride override) {
        if (override.range() != null) {
            fill(agents, override.range(), override.agents());
            return;
        }
        for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
            if (agents[minute] > 0) {
                agents[minute] = override.agents();
            }
        }
    }

    static void fill(int[] minutes, TimeRange range, int value) {
        for (int minute = range.startMinute(); minute < range.endMinute(); minute++) {
            minutes[minute] = value;
        }
    }
}
