package fr.creneau.planning.agent.command;

import fr.creneau.planning.capacity.domain.Availability;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetAgentAvailability(@TargetAggregateIdentifier String agentId, String communeId,
        Availability availability) {
}
