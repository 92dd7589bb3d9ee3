package fr.creneau.planning.service.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameService(@TargetAggregateIdentifier String serviceId, String communeId, String name) {
}
