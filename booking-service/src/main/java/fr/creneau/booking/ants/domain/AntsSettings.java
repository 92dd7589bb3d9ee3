package fr.creneau.booking.ants.domain;

import java.util.Map;
import java.util.Optional;

/**
 * A commune's connection to the ANTS: whether it opted in, which type it books for each reason, and what it does
 * with a number that has an appointment elsewhere or that the ANTS could not check.
 */
public record AntsSettings(String communeId, boolean enabled, Map<Reason, TypeChoice> reasons,
        Fallback whenDeclaredElsewhere, Fallback whenUnanswered) {

    public AntsSettings {
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }

    /** A commune that never chose: not connected. */
    public static AntsSettings notConnected(String communeId) {
        return new AntsSettings(communeId, false, Map.of(), Fallback.ACCEPT, Fallback.ACCEPT);
    }

    public Optional<TypeChoice> typeFor(Reason reason) {
        return enabled ? Optional.ofNullable(reasons.get(reason)) : Optional.empty();
    }
}
