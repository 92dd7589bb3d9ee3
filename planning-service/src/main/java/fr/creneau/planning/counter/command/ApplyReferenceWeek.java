package fr.creneau.planning.counter.command;

import fr.creneau.planning.capacity.domain.ScheduleApplication;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApplyReferenceWeek(@TargetAggregateIdentifier String counterId, String communeId, String referenceWeekId,
        ScheduleApplication schedule) {
}
