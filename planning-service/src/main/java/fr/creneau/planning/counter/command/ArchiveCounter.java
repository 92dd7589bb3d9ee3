package fr.creneau.planning.counter.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveCounter(@TargetAggregateIdentifier String counterId, String communeId) {
}
