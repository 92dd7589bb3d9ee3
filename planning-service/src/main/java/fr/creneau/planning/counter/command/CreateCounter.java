package fr.creneau.planning.counter.command;

import fr.creneau.planning.counter.domain.CounterDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateCounter(@TargetAggregateIdentifier String counterId, String communeId, CounterDetails details) {
}
