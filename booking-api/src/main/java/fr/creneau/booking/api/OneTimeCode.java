package fr.creneau.booking.api;

import java.time.Instant;

/**
 * A one-time code to send to a citizen, on {@code notification.otp} (short retention). It is never stored in an
 * event store: booking-service keeps only a hash of it.
 */
public record OneTimeCode(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        String code,
        String fullName,
        String email,
        String mobile,
        Instant expiresAt,
        String locale) {

    public static final String TOPIC = "notification.otp";
}
