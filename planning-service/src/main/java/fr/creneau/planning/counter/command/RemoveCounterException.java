package fr.creneau.planning.counter.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveCounterException(@TargetAggregateIdentifier String counterId, String communeId, String exceptionId) {
}
