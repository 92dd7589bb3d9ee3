package fr.creneau.booking.waitinglist.web;

import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.counterday.domain.BookingStatus;

import java.time.Instant;

/** The appointment after the offer was taken: where and when it now is. */
record MovedAppointment(String appointmentId, BookingStatus status, String counterId, Instant start, Instant end) {

    static MovedAppointment of(AppointmentSummary appointment) {
        return new MovedAppointment(appointment.appointmentId(), appointment.status(), appointment.counterId(),
                appointment.start(), appointment.end());
    }
}
