package fr.creneau.planning.api;

import java.time.Instant;

/**
 * The operator suspended a commune ({@code suspended}, with a {@code reason} that may be empty) or resumed it. While
 * suspended it takes no booking; its appointments stay, and their notices still go out.
 */
public record CommuneSuspensionChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        boolean suspended,
        String reason) implements PlanningEvent {

    @Override
    public String key() {
        return communeId;
    }
}
