package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/**
 * An agent booked the appointment for a citizen (phone or desk), or it was imported: no code, no hold.
 * {@code confirmationWithheld}: imported, and its importer chose not to send the citizen a confirmation.
 */
public record AppointmentBooked(
        String counterDayId,
        Booking booking,
        String sealedContact,
        Instant occurredAt,
        boolean confirmationWithheld) implements AppointmentEvent {

    public AppointmentBooked(String counterDayId, Booking booking, String sealedContact, Instant occurredAt) {
        this(counterDayId, booking, sealedContact, occurredAt, false);
    }
}
