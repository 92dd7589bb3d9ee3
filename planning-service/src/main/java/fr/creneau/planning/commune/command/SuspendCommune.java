package fr.creneau.planning.commune.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendCommune(@TargetAggregateIdentifier String communeId, String reason) {
}
