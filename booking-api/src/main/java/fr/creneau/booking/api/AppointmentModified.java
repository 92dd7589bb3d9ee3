package fr.creneau.booking.api;

import java.time.Instant;
import java.util.List;

/**
 * The content of the appointment changed, not its slot: {@code changes} names what (see {@link Change}). New
 * contact details, if any, are on {@code booking.contacts} before this record.
 */
public record AppointmentModified(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        List<Change> changes,
        CancelledBy by) implements BookingEvent {

    /** What an edit may change. */
    public enum Change {
        CONTACT,
        OPTION,
        PERSONS,
        REMARK,
        ANTS_NUMBERS
    }
}
