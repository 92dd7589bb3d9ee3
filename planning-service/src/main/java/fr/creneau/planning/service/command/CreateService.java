package fr.creneau.planning.service.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateService(@TargetAggregateIdentifier String serviceId, String communeId, String name) {
}
