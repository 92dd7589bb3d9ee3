package fr.creneau.booking.api;

import java.time.Instant;

/**
 * The appointment is booked: by a citizen with the right code, by an agent for a citizen, or imported.
 *
 * @param confirmationWithheld imported, and its importer chose to send the citizen no confirmation (reminders still go)
 * @param antsNumbersToAdd booked by phone without the ANTS pre-application numbers its type asks for: how many the
 *        citizen is to add through the manage link (0 otherwise, and in events written before this field)
 */
public record AppointmentConfirmed(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        boolean confirmationWithheld,
        int antsNumbersToAdd) implements BookingEvent {

    public AppointmentConfirmed(String eventId, Instant occurredAt, String communeId, String appointmentId,
            Appointment appointment) {
        this(eventId, occurredAt, communeId, appointmentId, appointment, false, 0);
    }

    public AppointmentConfirmed(String eventId, Instant occurredAt, String communeId, String appointmentId,
            Appointment appointment, boolean confirmationWithheld) {
        this(eventId, occurredAt, communeId, appointmentId, appointment, confirmationWithheld, 0);
    }
}
