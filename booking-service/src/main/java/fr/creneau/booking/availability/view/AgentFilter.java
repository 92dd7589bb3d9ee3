package fr.creneau.booking.availability.view;

import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;

import java.util.List;

/** Keeps the slots where a chosen agent works and is free; one such agent takes one appointment at a time. */
record AgentFilter(String agentId, DayCapacity capacity, List<TimeRange> busy) {

    static AgentFilter of(String agentId, List<CapacityWindow> windows, List<TimeRange> busy) {
        return new AgentFilter(agentId, new DayCapacity(windows), busy);
    }

    boolean allows(Usage slot) {
        return agentId == null || (capacity.agentWorks(agentId, slot.range())
                && busy.stream().noneMatch(range -> range.overlaps(slot.range())));
    }

    Usage remaining(Usage slot) {
        return agentId == null ? slot : new Usage(slot.range(), Math.min(1, slot.units()));
    }
}
