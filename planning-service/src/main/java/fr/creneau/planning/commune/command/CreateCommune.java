package fr.creneau.planning.commune.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateCommune(@TargetAggregateIdentifier String communeId, String name, String timeZone) {
}
