package fr.creneau.planning.api;

import java.time.Instant;

/** The full current description of a place (lieu). Coordinates may be null. */
public record PlaceChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String placeId,
        String name,
        String address,
        Double latitude,
        Double longitude,
        boolean visibleOnPortal,
        boolean active) implements PlanningEvent {

    @Override
    public String key() {
        return placeId;
    }
}
