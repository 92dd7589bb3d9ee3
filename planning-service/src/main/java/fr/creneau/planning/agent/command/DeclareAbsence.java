package fr.creneau.planning.agent.command;

import fr.creneau.planning.capacity.domain.Absence;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclareAbsence(@TargetAggregateIdentifier String agentId, String communeId, String absenceId,
        Absence absence, String reason) {
}
