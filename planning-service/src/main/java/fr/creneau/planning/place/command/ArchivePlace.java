package fr.creneau.planning.place.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchivePlace(@TargetAggregateIdentifier String placeId, String communeId) {
}
