package fr.creneau.planning.agent.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawAvailability(@TargetAggregateIdentifier String agentId, String communeId, String availabilityId) {
}
