package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.List;

/**
 * The content of an appointment changed, not its slot. {@code sealedContact} is the new sealed contact details
 * when the contact, remark or ANTS numbers changed, null otherwise; {@code agentId} the agent who changed it.
 */
public record AppointmentModified(
        String counterDayId,
        Booking booking,
        List<AppointmentChange> changes,
        String sealedContact,
        boolean byAgent,
        String agentId,
        Instant occurredAt) implements AppointmentEvent {

    public AppointmentModified {
        changes = List.copyOf(changes);
    }
}
