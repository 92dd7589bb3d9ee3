package fr.creneau.booking.voice.web;

import fr.creneau.booking.ants.command.AntsUnavailable;
import fr.creneau.booking.portal.view.Portal;
import fr.creneau.booking.voice.command.PhoneAntsNumbers;
import fr.creneau.booking.voice.domain.AntsEntry;
import fr.creneau.booking.voice.domain.AntsKeypad;
import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The caller's keys about ANTS numbers: now or later, each number typed then confirmed once read back, and checked
 * as the web checks them. A number badly typed, already in another appointment or refused by the ANTS is said plainly
 * and asked again; the third time in a row the caller is put through to the mairie.
 */
@Component
class AntsAnswers {

    private final AntsQuestions asks;
    private final Questions questions;
    private final PhoneTypes types;
    private final PhoneAntsNumbers checks;
    private final Twiml twiml;

    AntsAnswers(AntsQuestions asks, Questions questions, PhoneTypes types, PhoneAntsNumbers checks, Twiml twiml) {
        this.asks = asks;
        this.questions = questions;
        this.types = types;
        this.checks = checks;
        this.twiml = twiml;
    }

    /** Once the persons are known: the numbers where the type asks for them, then the slots. */
    String thenSlots(Call call, String intro) {
        boolean asked = types.find(call.communeId(), call.state().typeId())
                .map(Portal.AppointmentType::antsNumberRequired).orElse(false);
        return asked && !call.state().ants().complete(call.state().persons()) ? asks.nowOrLater(call, intro)
                : questions.slots(call, intro, 0);
    }

    String nowOrLater(Call call) {
        return switch (call.key()) {
            case 1 -> asks.number(call.with(call.state().understood()), "");
            case 2 -> questions.slots(call.with(call.state().withAnts(AntsEntry.addedLater()).understood()),
                    "Entendu : le rendez-vous sera pris sans numéro de pré-demande. Un SMS vous dira comment "
                            + "l'ajouter.", 0);
            default -> missed(call, heard(call), "ants");
        };
    }

    String number(Call call) {
        Optional<String> number = AntsKeypad.read(call.digits());
        if (number.isEmpty()) {
            return missed(call, call.silent() ? "Je n'ai rien entendu." : "Je n'ai pas reconnu un numéro de "
                    + "pré-demande : il compte 10 caractères, lettres ou chiffres.", "ants-numero");
        }
        CallState state = call.state();
        return asks.readBack(call.with(state.withAnts(state.ants().typing(number.get()))), "");
    }

    String readBack(Call call) {
        CallState state = call.state();
        if (state.ants().typed() == null) {
            return thenSlots(call.with(state.withAnts(state.ants().retyping()).understood()), "");
        }
        return switch (call.key()) {
            case 1 -> keep(call);
            case 2 -> asks.number(call.with(state.withAnts(state.ants().retyping()).understood()), "");
            default -> missed(call, heard(call), "ants-verif");
        };
    }

    private String keep(Call call) {
        CallState state = call.state();
        String typed = state.ants().typed();
        List<String> notices;
        try {
            if (state.ants().numbers().contains(typed)) {
                throw new InvalidRequestException("Ce numéro a déjà été donné pour une autre personne de ce rendez-vous. "
                        + "Chaque personne a son propre numéro.");
            }
            notices = checks.check(call.communeId(), typed);
        } catch (InvalidRequestException | ConflictException | AntsUnavailable refused) {
            return missed(call.with(state.withAnts(state.ants().retyping())), spoken(refused.getMessage(), typed),
                    "ants-numero");
        }
        CallState kept = state.withAnts(state.ants().kept()).understood();
        String said = spoken(String.join(" ", notices), typed);
        return kept.ants().complete(kept.persons()) ? questions.slots(call.with(kept), said, 0)
                : asks.number(call.with(kept), Questions.joined("Numéro enregistré.", said));
    }

    /** Asks the same question again, or after three misses in a row gives the opening hours and puts the caller through. */
    private String missed(Call call, String why, String step) {
        CallState missed = call.state().missed();
        if (missed.misses() >= Twiml.MISSES_BEFORE_TRANSFER) {
            return twiml.transfer(why, call.line());
        }
        Call again = call.with(missed);
        return switch (step) {
            case "ants" -> asks.nowOrLater(again, why);
            case "ants-verif" -> asks.readBack(again, why);
            default -> asks.number(again, why);
        };
    }

    /** The web's texts write the number whole; on the phone it is said character by character. */
    private static String spoken(String text, String number) {
        return text.replace(number, AntsKeypad.spelled(number));
    }

    private static String heard(Call call) {
        return call.silent() ? "Je n'ai rien entendu." : "Je n'ai pas compris.";
    }
}
