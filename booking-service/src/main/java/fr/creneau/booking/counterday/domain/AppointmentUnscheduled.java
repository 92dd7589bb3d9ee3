package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.List;

/**
 * A planning change left no room for the appointment; it is off the agenda. The slots offered instead (none in
 * events stored before they were kept here).
 */
public record AppointmentUnscheduled(
        String counterDayId,
        Booking booking,
        String reason,
        Instant occurredAt,
        List<Proposal> proposals) implements AppointmentEvent {

    public AppointmentUnscheduled {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }
}
