package fr.creneau.notification.api;

import java.time.Instant;

/** The operator reported the SMS delivered to the phone (Twilio's status callback). */
public record SmsDelivered(
        String eventId,
        Instant occurredAt,
        String communeId,
        String noticeId) implements NotificationEvent {
}
