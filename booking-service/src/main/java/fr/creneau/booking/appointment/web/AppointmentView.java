package fr.creneau.booking.appointment.web;

import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.counterday.domain.BookingStatus;

import java.time.Instant;

/** An appointment as answered over HTTP (no personal data: that travels on booking.contacts only). */
public record AppointmentView(
        String appointmentId,
        BookingStatus status,
        String communeId,
        String appointmentTypeId,
        String optionId,
        String counterId,
        Instant start,
        Instant end,
        int persons,
        String agentId,
        String channel) {

    public static AppointmentView of(AppointmentSummary summary) {
        return new AppointmentView(summary.appointmentId(), summary.status(), summary.communeId(),
                summary.appointmentTypeId(), summary.optionId(), summary.counterId(), summary.start(), summary.end(),
                summary.persons(), summary.agentId(), summary.channel());
    }
}
