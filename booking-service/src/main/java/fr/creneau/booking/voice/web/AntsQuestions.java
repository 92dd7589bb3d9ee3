package fr.creneau.booking.voice.web;

import fr.creneau.booking.voice.domain.AntsKeypad;
import fr.creneau.booking.voice.domain.CallState;
import org.springframework.stereotype.Component;

/** The questions about the ANTS pre-application numbers, for a type that asks for them: now or later, then each one. */
@Component
class AntsQuestions {

    private final Twiml twiml;

    AntsQuestions(Twiml twiml) {
        this.twiml = twiml;
    }

    String nowOrLater(Call call, String intro) {
        boolean several = call.state().persons() > 1;
        return twiml.ask(intro, ("Ce motif demande %s, que vous avez reçu%s après votre pré-demande en ligne sur le site "
                + "de l'ANTS : 10 caractères, lettres ou chiffres. Pour %s maintenant, tapez 1. Si vous ne %s pas sous "
                + "la main, tapez 2 : le rendez-vous sera pris, et un SMS vous donnera le lien pour %s avant le jour "
                + "du rendez-vous.").formatted(
                        several ? "le numéro de pré-demande de chaque personne" : "votre numéro de pré-demande",
                        several ? "s" : "", several ? "les taper" : "le taper", several ? "les avez" : "l'avez",
                        several ? "les ajouter" : "l'ajouter"),
                "ants", call.state(), 1);
    }

    String number(Call call, String intro) {
        CallState state = call.state();
        String whose = state.persons() > 1
                ? "Numéro de pré-demande de la personne %d sur %d. ".formatted(state.ants().numbers().size() + 1,
                state.persons()) : "Votre numéro de pré-demande. ";
        return twiml.ask(intro, whose + AntsKeypad.HOW_TO, "ants-numero", state, AntsKeypad.MOST_KEYS);
    }

    String readBack(Call call, String intro) {
        return twiml.ask(intro, "Vous avez tapé : %s. Pour confirmer ce numéro, tapez 1. Pour le taper à nouveau, tapez 2."
                .formatted(AntsKeypad.spelled(call.state().ants().typed())), "ants-verif", call.state(), 1);
    }
}
