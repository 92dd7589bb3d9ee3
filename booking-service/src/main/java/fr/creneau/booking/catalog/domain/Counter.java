package fr.creneau.booking.catalog.domain;

import java.util.List;

/** A counter (guichet) as booking-service knows it: its place, the types it receives, its agents. */
public record Counter(
        String communeId,
        String counterId,
        String placeId,
        String name,
        List<String> appointmentTypeIds,
        List<String> agentIds,
        boolean active) implements CatalogEntry {

    public Counter {
        appointmentTypeIds = appointmentTypeIds == null ? List.of() : List.copyOf(appointmentTypeIds);
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }

    @Override
    public String id() {
        return counterId;
    }
}
