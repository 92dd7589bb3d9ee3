package fr.creneau.planning.closure.command;

import fr.creneau.planning.closure.domain.ClosureScope;
import fr.creneau.planning.shared.domain.DateSpan;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclareClosure(@TargetAggregateIdentifier String closureId, String communeId, ClosureScope scope,
        String targetId, DateSpan span, String label) {
}
