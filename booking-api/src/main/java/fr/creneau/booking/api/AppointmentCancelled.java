package fr.creneau.booking.api;

import java.time.Instant;
import java.util.List;

/** The appointment is cancelled; when the mairie cancels, {@code proposedSlots} offers the citizen new ones. */
public record AppointmentCancelled(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentId,
        Appointment appointment,
        CancelledBy by,
        String agentId,
        String reason,
        List<ProposedSlot> proposedSlots) implements BookingEvent {
}
