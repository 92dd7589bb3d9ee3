package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.List;

/**
 * The appointment is cancelled; its capacity is free. When an agent cancels, the slots offered instead (none in
 * events stored before they were kept here).
 */
public record AppointmentCancelled(
        String counterDayId,
        Booking booking,
        boolean byAgent,
        String agentId,
        String reason,
        Instant occurredAt,
        List<Proposal> proposals) implements AppointmentEvent {

    public AppointmentCancelled {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }
}
