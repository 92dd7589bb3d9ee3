package fr.creneau.notification.webhook.domain;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.BookingEvent;

import java.time.Instant;

/**
 * What a delivery posts: the booking event's id (the same on every attempt and replay, so a receiver can ignore a
 * second copy), its kind, and the appointment as booking.events describes it, which holds no personal data.
 */
public record WebhookBody(String id, String type, Instant occurredAt, String communeId, String appointmentId,
        Appointment appointment) {

    public static WebhookBody of(WebhookEventType type, BookingEvent event) {
        return new WebhookBody(event.eventId(), type.wireName(), event.occurredAt(), event.communeId(),
                event.appointmentId(), event.appointment());
    }
}
