package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The capacity windows of one counter-day and the arithmetic of what is left in them. */
public record DayCapacity(List<CapacityWindow> windows) {

    public static final DayCapacity NONE = new DayCapacity(List.of());

    public DayCapacity {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** The fewest units left at any instant of {@code range}, given what {@code occupying} already takes. */
    public int freeUnits(TimeRange range, Collection<Usage> occupying) {
        TreeSet<Instant> instants = new TreeSet<>();
        instants.add(range.start());
        windows.forEach(window -> addInside(range, window.range(), instants));
        occupying.forEach(usage -> addInside(range, usage.range(), instants));
        int fewest = Integer.MAX_VALUE;
        for (Instant instant : instants) {
            fewest = Math.min(fewest, capacityAt(instant) - usedAt(instant, occupying));
        }
        return fewest;
    }

    /**
     * Whether {@code agentId} works during the whole {@code range}. When the windows name no agent at all (a
     * capacity given as a number of agents), any agent is taken to be there.
     */
    public boolean agentWorks(String agentId, TimeRange range) {
        boolean agentsNamed = windows.stream().anyMatch(window -> !window.agentIds().isEmpty());
        return !agentsNamed || windows.stream().anyMatch(window -> window.agentIds().contains(agentId)
                && !range.start().isBefore(window.range().start()) && !range.end().isAfter(window.range().end()));
    }

    public int capacityAt(Instant instant) {
        return windows.stream().filter(window -> window.range().contains(instant))
                .mapToInt(CapacityWindow::capacity).sum();
    }

    private static int usedAt(Instant instant, Collection<Usage> occupying) {
        return occupying.stream().filter(usage -> usage.range().contains(instant))
                .mapToInt(Usage::units).sum();
    }

    private static void addInside(TimeRange range, TimeRange other, TreeSet<Instant> instants) {
        if (range.contains(other.start())) {
            instants.add(other.start());
        }
        if (range.contains(other.end())) {
            instants.add(other.end());
        }
    }
}
