package fr.creneau.planning.commune.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResumeCommune(@TargetAggregateIdentifier String communeId) {
}
