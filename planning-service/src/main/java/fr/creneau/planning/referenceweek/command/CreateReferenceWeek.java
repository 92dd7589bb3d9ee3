package fr.creneau.planning.referenceweek.command;

import fr.creneau.planning.shared.domain.WeeklyHours;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateReferenceWeek(@TargetAggregateIdentifier String referenceWeekId, String communeId, String name,
        WeeklyHours hours) {
}
