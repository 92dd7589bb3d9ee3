package fr.creneau.notification.api;

import java.time.Instant;

/**
 * The operator reported that the SMS could not be delivered (Twilio's {@code undelivered} or {@code failed}). It was
 * sent, and paid for, all the same.
 *
 * @param errorCode Twilio's error code (30003: unreachable phone...), null when none was given
 */
public record SmsDeliveryFailed(
        String eventId,
        Instant occurredAt,
        String communeId,
        String noticeId,
        String errorCode) implements NotificationEvent {
}
