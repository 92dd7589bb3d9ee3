package fr.creneau.planning.api;

import java.time.Instant;

/** The full current description of a municipal service (état civil, affaires scolaires, cabinet du maire...). */
public record ServiceChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String serviceId,
        String name,
        boolean active) implements PlanningEvent {

    @Override
    public String key() {
        return serviceId;
    }
}
