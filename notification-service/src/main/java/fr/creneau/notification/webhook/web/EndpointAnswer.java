package fr.creneau.notification.webhook.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.creneau.notification.webhook.domain.Endpoint;
import fr.creneau.notification.webhook.domain.WebhookEventType;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An endpoint as the API shows it; the secret only in the answer that created it, never again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EndpointAnswer(UUID id, String url, Set<WebhookEventType> events, Instant createdAt, String secret) {

    static EndpointAnswer withoutSecret(Endpoint endpoint) {
        return new EndpointAnswer(endpoint.id(), endpoint.url(), endpoint.events(), endpoint.createdAt(), null);
    }

    static EndpointAnswer withSecret(Endpoint endpoint) {
        return new EndpointAnswer(endpoint.id(), endpoint.url(), endpoint.events(), endpoint.createdAt(),
                endpoint.secret());
    }
}
