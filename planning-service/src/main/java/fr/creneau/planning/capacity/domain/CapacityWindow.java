package fr.creneau.planning.capacity.domain;

import java.time.Instant;
import java.util.List;

/** From {@code start} to {@code end}, {@code capacity} appointments at once, given by {@code agentIds} when named. */
public record CapacityWindow(Instant start, Instant end, int capacity, List<String> agentIds) {

    public CapacityWindow {
        agentIds = List.copyOf(agentIds);
    }
}
