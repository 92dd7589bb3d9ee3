package fr.creneau.booking.reservation.command;

import fr.creneau.booking.counterday.domain.BookingStatus;

import java.time.Instant;

/** What the caller learns of a reservation it made. */
public record Reservation(
        String appointmentId,
        BookingStatus status,
        Instant holdExpiresAt,
        Instant start,
        Instant end,
        String counterId,
        String placeId) {
}
