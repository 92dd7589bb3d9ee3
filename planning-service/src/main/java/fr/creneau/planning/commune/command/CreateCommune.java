package fr.creneau.planning.commune.command;

import fr.creneau.planning.commune.domain.Subscription;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code subscription} may be null: the operator sets it later, and until then no quota applies. */
public record CreateCommune(@TargetAggregateIdentifier String communeId, String name, String timeZone,
        Subscription subscription) {

    public CreateCommune(String communeId, String name, String timeZone) {
        this(communeId, name, timeZone, null);
    }
}
