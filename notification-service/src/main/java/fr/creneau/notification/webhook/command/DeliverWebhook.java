package fr.creneau.notification.webhook.command;

import fr.creneau.notification.webhook.adapter.EndpointClient;
import fr.creneau.notification.webhook.domain.Delivery;
import fr.creneau.notification.webhook.domain.DeliveryStatus;
import fr.creneau.notification.webhook.domain.Endpoint;
import fr.creneau.notification.webhook.domain.WebhookSignature;
import fr.creneau.notification.webhook.view.DeliveryLog;
import fr.creneau.notification.webhook.view.Endpoints;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt of one delivery: checks that the endpoint's name still leads outside, signs the kept body with a fresh
 * timestamp, posts it, and records the outcome. A 2xx is delivered; anything else (an internal address, another
 * status, no answer in time, no connection) throws, for the task to retry.
 */
@Component
class DeliverWebhook {

    private final DeliveryLog log;
    private final Endpoints endpoints;
    private final DeliveryRows rows;
    private final EndpointClient client;
    private final Clock clock;
    private final Destinations destinations;

    DeliverWebhook(DeliveryLog log, Endpoints endpoints, DeliveryRows rows, EndpointClient client, Clock clock,
            Destinations destinations) {
        this.log = log;
        this.endpoints = endpoints;
        this.rows = rows;
        this.client = client;
        this.clock = clock;
        this.destinations = destinations;
    }

    void attempt(UUID deliveryId) {
        Optional<Delivery> found = log.find(deliveryId).filter(d -> d.status() == DeliveryStatus.PENDING);
        if (found.isEmpty()) {
            return;
        }
        Delivery delivery = found.get();
        Optional<Endpoint> endpoint = endpoints.find(delivery.endpointId());
        if (endpoint.isEmpty()) {
            rows.attempted(deliveryId, DeliveryStatus.FAILED, null, "point de réception supprimé", clock.instant());
            return;
        }
        Optional<String> inside = destinations.refusal(endpoint.get().url());
        if (inside.isPresent()) {
            rows.attempted(deliveryId, DeliveryStatus.PENDING, null, inside.get(), clock.instant());
            throw new EndpointFailed(inside.get());
        }
        Instant now = clock.instant();
        String signature = WebhookSignature.header(endpoint.get().secret(), now.getEpochSecond(), delivery.body());
        int status;
        try {
            status = client.post(endpoint.get().url(), delivery.body(), signature, deliveryId.toString(),
                    delivery.eventType());
        } catch (IOException | RuntimeException e) {
            rows.attempted(deliveryId, DeliveryStatus.PENDING, null, describe(e), clock.instant());
            throw new EndpointFailed(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointFailed("interrompu");
        }
        boolean accepted = status >= 200 && status < 300;
        rows.attempted(deliveryId, accepted ? DeliveryStatus.DELIVERED : DeliveryStatus.PENDING, status,
                accepted ? null : "réponse HTTP " + status, clock.instant());
        if (!accepted) {
            throw new EndpointFailed("réponse HTTP " + status);
        }
    }

    void giveUp(UUID deliveryId) {
        rows.status(deliveryId, DeliveryStatus.FAILED);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** An attempt the endpoint did not accept; the task retries it. */
    static final class EndpointFailed extends RuntimeException {
        EndpointFailed(String message) {
            super(message);
        }
    }
}
