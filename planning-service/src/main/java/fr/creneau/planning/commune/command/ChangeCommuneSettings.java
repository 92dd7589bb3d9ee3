package fr.creneau.planning.commune.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeCommuneSettings(@TargetAggregateIdentifier String communeId, String name, int retentionMonths) {
}
