package fr.creneau.planning.place.command;

import fr.creneau.planning.place.domain.PlaceDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreatePlace(@TargetAggregateIdentifier String placeId, String communeId, PlaceDetails details) {
}
