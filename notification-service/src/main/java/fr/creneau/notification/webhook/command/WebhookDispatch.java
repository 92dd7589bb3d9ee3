package fr.creneau.notification.webhook.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.notification.booking.domain.AppointmentChanged;
import fr.creneau.notification.shared.domain.NewIds;
import fr.creneau.notification.webhook.domain.Endpoint;
import fr.creneau.notification.webhook.domain.WebhookBody;
import fr.creneau.notification.webhook.domain.WebhookEventType;
import fr.creneau.notification.webhook.view.Endpoints;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Turns a booking event into one delivery per endpoint of its commune that chose its kind, in the transaction that
 * applies the event once (by its id): recorded and scheduled with it, or not at all. The body is written now and
 * kept, so every attempt and replay sends the same bytes.
 */
@Component
class WebhookDispatch {

    private final Endpoints endpoints;
    private final DeliveryRows rows;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper json;
    private final NewIds ids;
    private final Clock clock;

    WebhookDispatch(Endpoints endpoints, DeliveryRows rows, WebhookDeliveries deliveries, ObjectMapper json,
            NewIds ids, Clock clock) {
        this.endpoints = endpoints;
        this.rows = rows;
        this.deliveries = deliveries;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    @EventListener
    void on(AppointmentChanged changed) {
        BookingEvent event = changed.event();
        Optional<WebhookEventType> type = WebhookEventType.of(event);
        if (type.isEmpty()) {
            return;
        }
        String body = write(WebhookBody.of(type.get(), event));
        for (Endpoint endpoint : endpoints.subscribedTo(event.communeId(), type.get())) {
            var id = ids.next();
            if (rows.insertIfAbsent(id, endpoint.id(), event.eventId(), type.get().wireName(), body, clock.instant())) {
                deliveries.scheduleNow(id);
            }
        }
    }

    private String write(WebhookBody body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body is plain records", e);
        }
    }
}
