package fr.creneau.planning.closure.domain;

import fr.creneau.planning.shared.domain.DateSpan;

public record ClosureLifted(String closureId, String communeId, ClosureScope scope, String targetId, DateSpan span) {
}
