package fr.creneau.booking.ants.web;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Fallback;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.domain.TypeChoice;
import fr.creneau.platform.problem.InvalidRequestException;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static fr.creneau.platform.text.Texts.blankToNull;

/**
 * A commune's ANTS settings as the back office sends and reads them: {@code reasons} keyed by the ANTS' words
 * ({@code CNI}, {@code PASSPORT}, {@code CNI-PASSPORT}); the two choices {@code ACCEPT} or {@code REFUSE}.
 */
record SettingsBody(Boolean enabled, Map<String, Choice> reasons, String whenDeclaredElsewhere,
        String whenUnanswered) {

    record Choice(String appointmentTypeId, String optionId) {
    }

    static SettingsBody of(AntsSettings settings) {
        Map<String, Choice> reasons = new LinkedHashMap<>();
        settings.reasons().forEach((reason, choice) -> reasons.put(reason.wire(),
                new Choice(choice.appointmentTypeId(), choice.optionId())));
        return new SettingsBody(settings.enabled(), reasons, settings.whenDeclaredElsewhere().name(),
                settings.whenUnanswered().name());
    }

    AntsSettings toSettings(String communeId) {
        if (enabled == null) {
            throw new InvalidRequestException("Indiquez « enabled » : true pour vous raccorder à l'ANTS, false sinon.");
        }
        Map<Reason, TypeChoice> choices = new EnumMap<>(Reason.class);
        (reasons == null ? Map.<String, Choice>of() : reasons).forEach((name, choice) -> {
            Reason reason = Reason.fromWire(name).orElseThrow(() -> new InvalidRequestException(
                    "Le motif « %s » n'existe pas : CNI, PASSPORT ou CNI-PASSPORT.".formatted(name)));
            if (choice == null || blankToNull(choice.appointmentTypeId()) == null) {
                throw new InvalidRequestException("Motif %s : indiquez le type de rendez-vous (appointmentTypeId)."
                        .formatted(name));
            }
            choices.put(reason, new TypeChoice(choice.appointmentTypeId().trim(), blankToNull(choice.optionId())));
        });
        return new AntsSettings(communeId, enabled, choices, fallback(whenDeclaredElsewhere, "whenDeclaredElsewhere"),
                fallback(whenUnanswered, "whenUnanswered"));
    }

    private static Fallback fallback(String value, String field) {
        if (value == null) {
            return Fallback.ACCEPT;
        }
        try {
            return Fallback.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("La valeur de « %s » doit être ACCEPT (accepter) ou REFUSE (refuser).".formatted(field));
        }
    }
}
