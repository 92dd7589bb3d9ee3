package fr.creneau.notification.webhook.web;

import fr.creneau.identity.Role;
import fr.creneau.notification.webhook.command.Missing;
import fr.creneau.notification.webhook.command.WebhookDeliveries;
import fr.creneau.notification.webhook.command.WebhookEndpoints;
import fr.creneau.notification.webhook.view.DeliveryLog;
import fr.creneau.notification.webhook.view.Endpoints;
import fr.creneau.platform.identity.AgentRoles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * A commune's webhook endpoints: its administrator registers (the secret is in that answer only), deletes, and
 * replays a delivery; any of its agents reads the endpoints and their delivery log (the latest 100), each delivery's
 * attempts included.
 */
@RestController
@RequestMapping("/api/notifications/communes/{communeId}/webhooks")
class WebhookController {

    private final WebhookEndpoints registry;
    private final Endpoints endpoints;
    private final DeliveryLog log;
    private final WebhookDeliveries deliveries;

    WebhookController(WebhookEndpoints registry, Endpoints endpoints, DeliveryLog log, WebhookDeliveries deliveries) {
        this.registry = registry;
        this.endpoints = endpoints;
        this.log = log;
        this.deliveries = deliveries;
    }

    @GetMapping
    List<EndpointAnswer> list(@PathVariable String communeId) {
        return endpoints.ofCommune(communeId).stream().map(EndpointAnswer::withoutSecret).toList();
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping
    ResponseEntity<EndpointAnswer> register(@PathVariable String communeId,
            @RequestBody(required = false) WebhookRequest request) {
        WebhookRequest given = request == null ? new WebhookRequest(null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED).body(EndpointAnswer.withSecret(
                registry.register(communeId, given.url(), given.events())));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/{endpointId}")
    ResponseEntity<Void> delete(@PathVariable String communeId, @PathVariable UUID endpointId) {
        registry.delete(communeId, endpointId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{endpointId}/deliveries")
    List<DeliveryAnswer> deliveries(@PathVariable String communeId, @PathVariable UUID endpointId) {
        endpoints.find(communeId, endpointId).orElseThrow(() -> Missing.endpoint(endpointId));
        return log.of(endpointId, 100).stream().map(DeliveryAnswer::of).toList();
    }

    @GetMapping("/{endpointId}/deliveries/{deliveryId}/attempts")
    List<DeliveryLog.Attempt> attempts(@PathVariable String communeId, @PathVariable UUID endpointId,
            @PathVariable UUID deliveryId) {
        endpoints.find(communeId, endpointId).orElseThrow(() -> Missing.endpoint(endpointId));
        log.find(deliveryId).filter(delivery -> delivery.endpointId().equals(endpointId))
                .orElseThrow(() -> Missing.delivery(deliveryId));
        return log.attempts(deliveryId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PostMapping("/{endpointId}/deliveries/{deliveryId}/replay")
    ResponseEntity<DeliveryAnswer> replay(@PathVariable String communeId, @PathVariable UUID endpointId,
            @PathVariable UUID deliveryId) {
        return ResponseEntity.accepted().body(DeliveryAnswer.of(deliveries.replay(communeId, endpointId, deliveryId)));
    }
}
