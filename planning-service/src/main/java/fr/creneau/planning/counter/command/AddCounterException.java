package fr.creneau.planning.counter.command;

import fr.creneau.planning.capacity.domain.CapacityOverride;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddCounterException(@TargetAggregateIdentifier String counterId, String communeId, String exceptionId,
        CapacityOverride override, String label) {
}
