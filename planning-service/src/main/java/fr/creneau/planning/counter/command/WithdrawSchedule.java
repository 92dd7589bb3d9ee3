package fr.creneau.planning.counter.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawSchedule(@TargetAggregateIdentifier String counterId, String communeId, String applicationId) {
}
