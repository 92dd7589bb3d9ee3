package fr.creneau.planning.capacity.domain;

import java.util.List;

/**
 * An agent working at a counter. With no availability at all, the agent is there whenever the counter is open;
 * otherwise only within the availability that covers the day.
 */
public record NamedAgent(String agentId, List<Availability> availabilities, List<Absence> absences) {

    public NamedAgent {
        availabilities = availabilities == null ? List.of() : List.copyOf(availabilities);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}
