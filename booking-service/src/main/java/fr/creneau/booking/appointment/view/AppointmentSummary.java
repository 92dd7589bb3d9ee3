package fr.creneau.booking.appointment.view;

import fr.creneau.booking.counterday.domain.BookingStatus;

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
        BookingStatus status,
        String agentId,
        int units,
        int persons,
        String channel,
        Instant bookedAt) {

    public boolean isActive() {
        return status.isActive();
    }
}
