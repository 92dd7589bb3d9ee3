package fr.creneau.notification.webhook.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A commune's endpoint: where to post, the secret that signs, the events it chose. */
public record Endpoint(UUID id, String communeId, String url, String secret, Set<WebhookEventType> events,
        Instant createdAt) {

    public boolean wants(WebhookEventType type) {
        return events.contains(type);
    }
}
