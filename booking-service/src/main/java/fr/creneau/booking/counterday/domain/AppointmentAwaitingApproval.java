package fr.creneau.booking.counterday.domain;

import java.time.Instant;

/** The citizen gave the right code; an agent must now approve. */
public record AppointmentAwaitingApproval(
        String counterDayId,
        Booking booking,
        Instant occurredAt) implements AppointmentEvent {
}
