package fr.creneau.planning.closure.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LiftClosure(@TargetAggregateIdentifier String closureId, String communeId) {
}
