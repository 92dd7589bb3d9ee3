package fr.creneau.booking.voice.web;

import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.voice.command.CallerAppointments;
import fr.creneau.booking.voice.command.PhoneBooking;
import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.platform.problem.ConflictException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Hearing and cancelling an appointment by its reference, from the mobile it was booked with. */
@Component
class CallerAnswers {

    private final CallerAppointments appointments;
    private final PhoneBooking booking;
    private final Questions questions;
    private final Twiml twiml;
    private final OfferedSlots slots;

    CallerAnswers(CallerAppointments appointments, PhoneBooking booking, Questions questions, Twiml twiml,
            OfferedSlots slots) {
        this.appointments = appointments;
        this.booking = booking;
        this.questions = questions;
        this.twiml = twiml;
        this.slots = slots;
    }

    String reference(Call call) {
        if (call.digits() == null || !call.digits().matches("[0-9]{6}")) {
            return questions.retry(call, "reference");
        }
        Optional<AppointmentSummary> found = appointments.find(call.communeId(), call.digits(), call.callerMobile())
                .filter(AppointmentSummary::isActive);
        if (found.isEmpty()) {
            return notFound(call);
        }
        AppointmentSummary appointment = found.get();
        return questions.manage(call.with(call.state().understood().withAppointment(appointment.appointmentId())),
                "Votre rendez-vous est le " + slots.spoken(call.communeId(), appointment.counterId(), appointment.start())
                        + ".", "");
    }

    /** Said as it is, and asked again; the third time the caller is put through to the mairie. */
    private String notFound(Call call) {
        CallState missed = call.state().missed();
        if (missed.misses() >= Twiml.MISSES_BEFORE_TRANSFER) {
            return twiml.transfer("Je ne trouve pas ce rendez-vous.", call.line());
        }
        return questions.reference(call.with(missed), "Aucun rendez-vous en cours ne correspond à cette référence "
                + "pour le numéro qui appelle.");
    }

    String manage(Call call) {
        String appointmentId = call.state().appointmentId();
        if (appointmentId == null) {
            return questions.reason(call, "");
        }
        return switch (call.key()) {
            case 1 -> cancel(appointmentId);
            case 2 -> twiml.sayAndHangUp("Votre rendez-vous est maintenu. Au revoir.");
            default -> questions.retry(call, "gestion");
        };
    }

    private String cancel(String appointmentId) {
        try {
            booking.cancel(appointmentId);
        } catch (ConflictException e) {
            return twiml.sayAndHangUp(e.getMessage() + " Au revoir.");
        }
        return twiml.sayAndHangUp("Votre rendez-vous est annulé. Un SMS vous le confirme. Au revoir.");
    }
}
