package fr.creneau.booking.api;

import java.time.Instant;

/** A hold was not confirmed in time (or the code was wrong too often): its capacity is free again. */
public record HoldExpired(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment) implements BookingEvent {
}
