package fr.creneau.booking.api;

import java.time.Instant;

/** The appointment moved to another slot (the new one is in {@code appointment}); the previous one is free. */
public record AppointmentRescheduled(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        Instant previousStart,
        Instant previousEnd,
        String previousPlaceId,
        String previousCounterId,
        CancelledBy by) implements BookingEvent {
}
