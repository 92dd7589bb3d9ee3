package fr.creneau.planning.capacity.domain;

import java.time.LocalDateTime;

/** An agent is away from {@code start} (inclusive) to {@code end} (exclusive), local time of the commune. */
public record Absence(LocalDateTime start, LocalDateTime end) {

    public Absence {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("Une absence doit se terminer après son début.");
        }
    }
}
