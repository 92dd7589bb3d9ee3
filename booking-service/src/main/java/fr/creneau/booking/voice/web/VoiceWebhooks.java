package fr.creneau.booking.voice.web;

import fr.creneau.booking.ratelimit.command.RateLimits;
import fr.creneau.platform.problem.TooManyRequestsException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Twilio Voice's webhooks: the call arrives at {@code appel}, and each question's keys are posted to the question's
 * step. Every request was checked against Twilio's signature before it got here ({@link TwilioSigned}). Twilio's
 * protocol, not ours: left out of the OpenAPI document.
 */
@Hidden
@RestController
class VoiceWebhooks {

    static final String VOICE_CALL_PER_NUMBER = "voice-call-per-number";
    static final String VOICE_HIDDEN_CALL_PER_LINE = "voice-hidden-call-per-line";

    private final Calls calls;
    private final Questions questions;
    private final BookingAnswers booking;
    private final Confirming confirming;
    private final CallerAnswers caller;
    private final AntsAnswers ants;
    private final Twiml twiml;
    private final RateLimits rateLimits;

    VoiceWebhooks(Calls calls, Questions questions, BookingAnswers booking, Confirming confirming,
            CallerAnswers caller, AntsAnswers ants, Twiml twiml, RateLimits rateLimits) {
        this.calls = calls;
        this.questions = questions;
        this.booking = booking;
        this.confirming = confirming;
        this.caller = caller;
        this.ants = ants;
        this.twiml = twiml;
        this.rateLimits = rateLimits;
    }

    @PostMapping(path = Twiml.BASE + "appel", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    String incoming(HttpServletRequest request) {
        Optional<Call> call = calls.of(request);
        if (call.isEmpty()) {
            return twiml.sayAndHangUp("Ce numéro n'est pas en service. Au revoir.");
        }
        try {
            limit(call.get());
        } catch (TooManyRequestsException e) {
            return twiml.sayAndHangUp(call.get().callerHidden()
                    ? "Trop d'appels à numéro masqué en peu de temps. Rappelez plus tard, ou sans masquer votre numéro. "
                    + "Au revoir."
                    : "Vous avez appelé plusieurs fois en peu de temps. Rappelez plus tard. Au revoir.");
        }
        return questions.reason(call.get(), "Bienvenue au service de rendez-vous de la mairie de "
                + call.get().communeName() + ".");
    }

    /**
     * Hidden callers all show the same placeholder (or none): they share a budget per line called, so that neither
     * one of them can hoard a commune's slots, nor can they lock every commune's line out for the others.
     */
    private void limit(Call call) {
        if (call.callerHidden()) {
            rateLimits.check(VOICE_HIDDEN_CALL_PER_LINE, call.line().phoneNumber());
        } else {
            rateLimits.check(VOICE_CALL_PER_NUMBER, call.caller());
        }
    }

    @PostMapping(path = Twiml.BASE + "{step}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    String answer(@PathVariable String step, HttpServletRequest request) {
        Optional<Call> found = calls.of(request);
        if (found.isEmpty()) {
            return twiml.sayAndHangUp("Ce numéro n'est pas en service. Au revoir.");
        }
        Call call = found.get();
        return switch (step) {
            case "motif" -> booking.reason(call);
            case "option" -> booking.option(call);
            case "personnes" -> booking.persons(call);
            case "ants" -> ants.nowOrLater(call);
            case "ants-numero" -> ants.number(call);
            case "ants-verif" -> ants.readBack(call);
            case "creneaux" -> booking.slot(call);
            case "mobile" -> booking.mobile(call);
            case "numero" -> booking.number(call);
            case "code" -> confirming.code(call);
            case "reference" -> caller.reference(call);
            case "gestion" -> caller.manage(call);
            default -> questions.reason(call.with(call.state().understood()), "");
        };
    }
}
