package fr.creneau.booking.counterday.domain;

import java.util.List;

/** While {@code range} lasts, {@code capacity} units can be booked at once (one unit per available agent). */
public record CapacityWindow(TimeRange range, int capacity, List<String> agentIds) {

    public CapacityWindow {
        if (range == null || capacity < 0) {
            throw new IllegalArgumentException("invalid capacity window: " + range + " " + capacity);
        }
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }
}
