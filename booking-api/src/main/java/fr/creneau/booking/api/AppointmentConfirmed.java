package fr.creneau.booking.api;

import java.time.Instant;

/**
 * The appointment is booked: by a citizen with the right code, by an agent for a citizen, or imported.
 *
 * @param confirmationWithheld imported, and its importer chose to send the citizen no confirmation (reminders still go)
 */
public record AppointmentConfirmed(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        boolean confirmationWithheld) implements BookingEvent {

    public AppointmentConfirmed(String eventId, Instant occurredAt, String communeId, String appointmentId,
            Appointment appointment) {
        this(eventId, occurredAt, communeId, appointmentId, appointment, false);
    }
}
