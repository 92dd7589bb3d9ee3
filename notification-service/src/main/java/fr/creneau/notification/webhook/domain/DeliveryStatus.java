package fr.creneau.notification.webhook.domain;

/** Where a delivery stands: waiting for its next attempt, accepted by the endpoint (2xx), or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
