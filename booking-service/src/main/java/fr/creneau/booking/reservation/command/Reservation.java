package fr.creneau.booking.reservation.command;

import java.time.Instant;

/** What the caller learns of a reservation it made. */
public record Reservation(
        String appointmentId,
        String status,
        Instant holdExpiresAt,
        Instant start,
        Instant end,
        String counterId,
        String placeId) {
}
