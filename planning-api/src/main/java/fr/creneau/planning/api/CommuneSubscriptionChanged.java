package fr.creneau.planning.api;

import java.time.Instant;

/**
 * A commune's subscription as the operator set it: its population band ({@code UP_TO_5000}, {@code UP_TO_10000},
 * {@code UP_TO_20000}, {@code UP_TO_50000}, {@code OVER_50000}), how many plannings it may have in service, and its
 * options. {@code smsOption} false: no SMS may be sent for the commune.
 */
public record CommuneSubscriptionChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String populationBand,
        int plannings,
        boolean smsOption,
        boolean voiceOption) implements PlanningEvent {

    @Override
    public String key() {
        return communeId;
    }
}
