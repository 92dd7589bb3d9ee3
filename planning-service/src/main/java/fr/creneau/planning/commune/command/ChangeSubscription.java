package fr.creneau.planning.commune.command;

import fr.creneau.planning.commune.domain.Subscription;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeSubscription(@TargetAggregateIdentifier String communeId, Subscription subscription) {
}
