package fr.creneau.booking.catalog.domain;

import java.util.List;

/** An agent as booking-service knows it: the name shown, the services and counters the agent works for. */
public record Agent(
        String communeId,
        String agentId,
        String displayName,
        List<String> serviceIds,
        List<String> counterIds,
        boolean active) implements CatalogEntry {

    public Agent {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        counterIds = counterIds == null ? List.of() : List.copyOf(counterIds);
    }

    @Override
    public String id() {
        return agentId;
    }
}
