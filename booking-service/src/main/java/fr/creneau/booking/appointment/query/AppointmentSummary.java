package fr.creneau.booking.appointment.query;

import java.time.Instant;

/** One row of the appointment index. */
public record AppointmentSummary(
        String appointmentId,
        String counterDayId,
        String communeId,
        String appointmentTypeId,
        String counterId,
        Instant start,
        Instant end,
        String status,
        String agentId,
        Instant bookedAt) {
}
