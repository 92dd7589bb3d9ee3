package fr.creneau.planning.api;

import java.time.Instant;
import java.util.List;

/** The full current description of an agent (no contact details: only what booking and stats need). */
public record AgentChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String agentId,
        String displayName,
        List<String> serviceIds,
        List<String> counterIds,
        boolean active) implements PlanningEvent {

    public AgentChanged {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        counterIds = counterIds == null ? List.of() : List.copyOf(counterIds);
    }

    @Override
    public String key() {
        return agentId;
    }
}
