package fr.creneau.planning.agent.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelAbsence(@TargetAggregateIdentifier String agentId, String communeId, String absenceId) {
}
