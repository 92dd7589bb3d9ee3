package fr.creneau.booking.voice.web;

import fr.creneau.booking.onetimecode.command.CodeNotSent;
import fr.creneau.booking.voice.command.PhoneBooking;
import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * The end of a booking by phone: the slot taken for the mobile, the code typed when the number was not proven, and
 * the confirmation with its reference read out twice. A slot taken while the caller listened is said plainly and
 * the next free ones are read out.
 */
@Component
class Confirming {

    private final PhoneBooking booking;
    private final Questions questions;
    private final Twiml twiml;
    private final OfferedSlots slots;

    Confirming(PhoneBooking booking, Questions questions, Twiml twiml, OfferedSlots slots) {
        this.booking = booking;
        this.questions = questions;
        this.twiml = twiml;
        this.slots = slots;
    }

    String book(Call call, String mobile, boolean numberProven) {
        CallState state = call.state().withMobile(mobile);
        String appointmentId;
        try {
            appointmentId = booking.reserve(call.communeId(), state, MobileNumbers.international(mobile), numberProven);
        } catch (ConflictException e) {
            if (e.properties().containsKey("alternatives")) {
                return questions.slots(call.with(state.withAnts(state.ants()).understood()),
                        "Ce créneau vient d'être pris par une autre personne. Voici les prochains créneaux libres.", 0);
            }
            return twiml.sayAndHangUp(e.getMessage() + " Au revoir.");
        } catch (InvalidRequestException e) {
            return questions.slots(call.with(state.withAnts(state.ants()).understood()),
                    e.getMessage(), 0);
        } catch (TooManyRequestsException e) {
            return twiml.sayAndHangUp("Trop de réservations pour ce numéro en peu de temps. Rappelez plus tard. Au revoir.");
        } catch (CodeNotSent e) {
            return twiml.sayAndHangUp(e.getMessage() + " Au revoir.");
        }
        Call booked = call.with(state.withAppointment(appointmentId));
        return numberProven ? confirmed(booked) : questions.code(booked, "");
    }

    String code(Call call) {
        if (call.state().appointmentId() == null || call.digits() == null || !call.digits().matches("[0-9]{6}")) {
            return call.state().appointmentId() == null ? questions.reason(call.with(CallState.NEW), "")
                    : questions.retry(call, "code");
        }
        try {
            booking.confirm(call.state().appointmentId(), call.digits());
        } catch (InvalidRequestException e) {
            Object triesLeft = e.properties().get("triesLeft");
            return Integer.valueOf(0).equals(triesLeft) ? twiml.sayAndHangUp(e.getMessage() + " Au revoir.")
                    : questions.code(call, e.getMessage());
        } catch (ConflictException | TooManyRequestsException e) {
            return twiml.sayAndHangUp(e.getMessage() + " Au revoir.");
        }
        return confirmed(call);
    }

    private String confirmed(Call call) {
        CallState state = call.state();
        String reference = MobileNumbers.spelled(booking.reference(call.communeId(), state.appointmentId()));
        String when = slots.spoken(call.communeId(), state.counterId(), state.start());
        return twiml.sayAndHangUp(("Votre rendez-vous est enregistré pour le %s. Votre référence est %s. Je répète : %s. "
                + "Elle vous servira à écouter ou annuler ce rendez-vous en rappelant ce numéro. Un SMS de confirmation "
                + "vous est envoyé avec le lien pour le gérer. Au revoir.").formatted(when, reference, reference));
    }
}
