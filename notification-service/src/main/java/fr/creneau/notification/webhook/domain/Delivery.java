package fr.creneau.notification.webhook.domain;

import java.time.Instant;
import java.util.UUID;

/** One booking event sent to one endpoint, with its latest attempt (attempts counts every one, replays too). */
public record Delivery(UUID id, UUID endpointId, String eventId, String eventType, String body, DeliveryStatus status,
        int attempts, Integer responseStatus, String lastError, Instant createdAt, Instant lastAttemptAt,
        Instant deliveredAt) {
}
