package fr.creneau.booking.reservation.command;

import fr.creneau.booking.counterday.domain.BookingStatus;

import java.time.Instant;
import java.util.List;

/** What the caller learns of a reservation it made; {@code antsNotices} what the ANTS' answer says it should know. */
public record Reservation(
        String appointmentId,
        BookingStatus status,
        Instant holdExpiresAt,
        Instant start,
        Instant end,
        String counterId,
        String placeId,
        List<String> antsNotices) {
}
