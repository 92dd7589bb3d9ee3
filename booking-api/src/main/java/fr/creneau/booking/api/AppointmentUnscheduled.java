package fr.creneau.booking.api;

import java.time.Instant;
import java.util.List;

/** A planning change (absence, closure) left no room for the appointment; {@code proposedSlots} offers new ones. */
public record AppointmentUnscheduled(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        String reason,
        List<ProposedSlot> proposedSlots) implements BookingEvent {
}
