package fr.creneau.planning.api;

import java.time.Instant;
import java.util.List;

/** The full current description of a counter (guichet): where it is and which appointment types it handles. */
public record CounterChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String counterId,
        String placeId,
        String name,
        List<String> appointmentTypeIds,
        List<String> agentIds,
        boolean active) implements PlanningEvent {

    public CounterChanged {
        appointmentTypeIds = appointmentTypeIds == null ? List.of() : List.copyOf(appointmentTypeIds);
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }

    @Override
    public String key() {
        return counterId;
    }
}
