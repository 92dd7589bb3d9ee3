package fr.creneau.stats.appointment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One appointment as the statistics see it. {@code date} is the local date of its start in the commune's time
 * zone: figures are keyed by it, because a mairie counts its appointments by the day they take place.
 * {@code bookingDate} is the local date of {@code bookedAt}, for figures read by booking date instead.
 */
public record AppointmentFact(
        String appointmentId,
        String communeId,
        Lifecycle lifecycle,
        LocalDate date,
        Instant start,
        Instant end,
        Instant bookedAt,
        LocalDate bookingDate,
        Dimensions dimensions) {
}
