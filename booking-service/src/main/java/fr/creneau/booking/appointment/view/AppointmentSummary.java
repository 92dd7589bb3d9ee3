package fr.creneau.booking.appointment.view;

import java.time.Instant;

/** One row of the appointment index. */
public record AppointmentSummary(
        String appointmentId,
        String counterDayId,
        String communeId,
        String appointmentTypeId,
        String optionId,
        String counterId,
        Instant start,
        Instant end,
        String status,
        String agentId,
        int units,
        int persons,
        String channel,
        Instant bookedAt) {

    public boolean isActive() {
        return "HELD".equals(status) || "AWAITING_APPROVAL".equals(status) || "CONFIRMED".equals(status);
    }
}
