package fr.creneau.planning.agent.command;

import fr.creneau.planning.agent.domain.AgentDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateAgent(@TargetAggregateIdentifier String agentId, String communeId, AgentDetails details) {
}
