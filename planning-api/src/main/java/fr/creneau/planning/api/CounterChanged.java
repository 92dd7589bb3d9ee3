package fr.creneau.planning.api;

import java.time.Instant;
import java.util.List;

/**
 * The full current description of a counter (guichet): where it is, which appointment types it handles, and the
 * services it belongs to (a type restricted to some services is taken only by their counters).
 */
public record CounterChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String counterId,
        String placeId,
        String name,
        List<String> appointmentTypeIds,
        List<String> agentIds,
        boolean active,
        List<String> serviceIds) implements PlanningEvent {

    public CounterChanged {
        appointmentTypeIds = appointmentTypeIds == null ? List.of() : List.copyOf(appointmentTypeIds);
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }

    @Override
    public String key() {
        return counterId;
    }
}
