package fr.creneau.notification.api;

import java.time.Instant;

/**
 * The SMS provider took one SMS for a commune, at {@code occurredAt}: what it was for, how many segments it takes
 * and what they cost, in euro cents.
 *
 * @param appointmentId the appointment it is about, null for a notice to agents not tied to one
 * @param noticeKind    what it says: ONE_TIME_CODE, CONFIRMATION, REMINDER, CANCELLED_BY_MAIRIE... (new kinds may
 *                      appear: treat the value as a label)
 */
public record SmsSent(
        String eventId,
        Instant occurredAt,
        String communeId,
        String noticeId,
        String appointmentId,
        String noticeKind,
        int segments,
        SmsEncoding encoding,
        long costEuroCents) implements NotificationEvent {
}
