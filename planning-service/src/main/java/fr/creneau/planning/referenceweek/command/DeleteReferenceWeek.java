package fr.creneau.planning.referenceweek.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteReferenceWeek(@TargetAggregateIdentifier String referenceWeekId, String communeId) {
}
