package fr.creneau.booking.voice.web;

import fr.creneau.booking.portal.view.Portal;
import fr.creneau.booking.voice.domain.CallState;
import org.springframework.stereotype.Component;

import java.util.List;

/** Each question of the voice flow, asked again with {@link #retry} when the answer was not understood. */
@Component
class Questions {

    private final Twiml twiml;
    private final PhoneTypes types;
    private final OfferedSlots slots;

    Questions(Twiml twiml, PhoneTypes types, OfferedSlots slots) {
        this.twiml = twiml;
        this.types = types;
        this.slots = slots;
    }

    /** Asks the same question again, or after three misses gives the opening hours and puts the caller through. */
    String retry(Call call, String step) {
        CallState missed = call.state().missed();
        if (missed.misses() >= Twiml.MISSES_BEFORE_TRANSFER) {
            return twiml.transfer("Je n'ai pas compris votre choix.", call.line());
        }
        String intro = call.silent() ? "Je n'ai rien entendu." : "Je n'ai pas compris.";
        Call again = call.with(missed);
        return switch (step) {
            case "motif" -> reason(again, intro);
            case "option" -> option(again, intro);
            case "personnes" -> persons(again, intro);
            case "creneaux" -> slots(again, intro, again.state().page());
            case "mobile" -> mobile(again, intro);
            case "numero" -> number(again, intro);
            case "code" -> code(again, intro);
            case "reference" -> reference(again, intro);
            default -> manage(again, intro, "");
        };
    }

    String reason(Call call, String intro) {
        List<Portal.AppointmentType> offered = types.of(call.communeId());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < offered.size(); i++) {
            text.append("Pour ").append(offered.get(i).label()).append(", tapez ").append(i + 1).append(". ");
        }
        text.append("Pour écouter ou annuler un rendez-vous déjà pris, tapez 0.");
        return twiml.ask(intro, text.toString(), "motif", call.state(), 1);
    }

    String option(Call call, String intro) {
        List<Portal.Option> options = types.find(call.communeId(), call.state().typeId())
                .map(Portal.AppointmentType::options).orElse(List.of());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < options.size() && i < 9; i++) {
            text.append("Pour ").append(options.get(i).label()).append(", tapez ").append(i + 1).append(". ");
        }
        return twiml.ask(intro, text.toString(), "option", call.state(), 1);
    }

    String persons(Call call, String intro) {
        int max = types.find(call.communeId(), call.state().typeId()).map(t -> Math.min(9, t.maxPersons())).orElse(1);
        return twiml.ask(intro, "Combien de personnes viendront ? Tapez un chiffre de 1 à %d.".formatted(max),
                "personnes", call.state(), 1);
    }

    /** Reads out a page of free slots; none at all: the caller is put through to the mairie. */
    String slots(Call call, String intro, int page) {
        OfferedSlots.Page found = slots.page(call.communeId(), call.state(), page);
        if (found.slots().isEmpty() && page > 0) {
            return slots(call, joined(intro, "Il n'y a pas d'autre créneau libre. Je reprends au début."), 0);
        }
        if (found.slots().isEmpty()) {
            return twiml.transfer(joined(intro, "Il n'y a aucun créneau libre pour ce motif en ce moment."), call.line());
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < found.slots().size(); i++) {
            text.append("Pour le ").append(found.spoken(i)).append(", tapez ").append(i + 1).append(". ");
        }
        text.append(found.more() ? "Pour entendre les créneaux suivants, tapez 9." : "Pour les réentendre, tapez 9.");
        return twiml.ask(intro, text.toString(), "creneaux", call.state().offering(page, found.offered()), 1);
    }

    String mobile(Call call, String intro) {
        String mobile = call.callerMobile();
        if (mobile == null) {
            return number(call, intro);
        }
        return twiml.ask(intro, "Pour recevoir la confirmation par SMS au numéro qui appelle, terminant par %s, tapez 1. "
                .formatted(MobileNumbers.ending(mobile)) + "Pour donner un autre numéro de mobile, tapez 2.",
                "mobile", call.state(), 1);
    }

    String number(Call call, String intro) {
        return twiml.ask(intro, "Tapez votre numéro de mobile, 10 chiffres, puis la touche dièse.", "numero",
                call.state(), 10);
    }

    String code(Call call, String intro) {
        return twiml.ask(intro, "Un code vient de vous être envoyé par SMS. Tapez ses 6 chiffres.", "code",
                call.state(), 6);
    }

    String reference(Call call, String intro) {
        return twiml.ask(intro, "Tapez les 6 chiffres de la référence de votre rendez-vous.", "reference",
                call.state(), 6);
    }

    String manage(Call call, String intro, String appointment) {
        return twiml.ask(joined(intro, appointment), "Pour annuler ce rendez-vous, tapez 1. Pour terminer, tapez 2.",
                "gestion", call.state(), 1);
    }

    static String joined(String first, String second) {
        return first == null || first.isBlank() ? second : first + " " + second;
    }
}
