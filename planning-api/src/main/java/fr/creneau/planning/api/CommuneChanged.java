package fr.creneau.planning.api;

import java.time.Instant;

/** The full current description of a commune (the tenant). {@code communeId} is its slug. */
public record CommuneChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String name,
        String timeZone,
        int retentionMonths) implements PlanningEvent {

    @Override
    public String key() {
        return communeId;
    }
}
