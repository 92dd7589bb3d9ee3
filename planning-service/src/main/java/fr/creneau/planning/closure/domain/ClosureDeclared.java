package fr.creneau.planning.closure.domain;

import fr.creneau.planning.shared.domain.DateSpan;

/** {@code targetId} is the commune, place or counter id, depending on {@code scope}. */
public record ClosureDeclared(String closureId, String communeId, ClosureScope scope, String targetId, DateSpan span,
        String label) {
}
