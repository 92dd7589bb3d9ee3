package fr.creneau.planning.capacity.domain;

import fr.creneau.planning.shared.domain.DateSpan;

import java.time.ZoneId;
import java.util.List;

/** Everything that decides a counter's capacity. */
public record CounterPlan(
        ZoneId zone,
        List<ScheduleApplication> schedules,
        List<CapacityOverride> overrides,
        List<DateSpan> closures,
        HolidayPolicy holidays,
        List<NamedAgent> agents) {

    public static final int MAX_NAMED_AGENTS = 64;

    public CounterPlan {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        closures = closures == null ? List.of() : List.copyOf(closures);
        holidays = holidays == null ? HolidayPolicy.DEFAULT : holidays;
        agents = agents == null ? List.of() : List.copyOf(agents);
        if (agents.size() > MAX_NAMED_AGENTS) {
            throw new IllegalArgumentException("Un guichet compte au plus %d agents nommés.".formatted(MAX_NAMED_AGENTS));
        }
    }
}
