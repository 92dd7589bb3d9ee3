package fr.creneau.notification.webhook.web;

import fr.creneau.notification.webhook.domain.Delivery;
import fr.creneau.notification.webhook.domain.DeliveryStatus;

import java.time.Instant;
import java.util.UUID;

/** A line of an endpoint's delivery log. */
record DeliveryAnswer(UUID id, String eventId, String eventType, DeliveryStatus status, int attempts,
        Integer responseStatus, String lastError, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt) {

    static DeliveryAnswer of(Delivery d) {
        return new DeliveryAnswer(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.responseStatus(),
                d.lastError(), d.createdAt(), d.lastAttemptAt(), d.deliveredAt());
    }
}
