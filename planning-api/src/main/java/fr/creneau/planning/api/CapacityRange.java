package fr.creneau.planning.api;

import java.time.Instant;
import java.util.List;

/**
 * Between {@code start} (inclusive) and {@code end} (exclusive), {@code capacity} appointments can be held at
 * once. {@code agentIds} names the agents available then when they are known individually (empty when the
 * capacity comes from a number of agents only).
 */
public record CapacityRange(Instant start, Instant end, int capacity, List<String> agentIds) {

    public CapacityRange {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a capacity range needs start < end: " + start + " / " + end);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative: " + capacity);
        }
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }
}
