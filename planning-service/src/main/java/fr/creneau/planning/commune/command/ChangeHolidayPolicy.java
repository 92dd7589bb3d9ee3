package fr.creneau.planning.commune.command;

import fr.creneau.planning.capacity.domain.HolidayPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeHolidayPolicy(@TargetAggregateIdentifier String communeId, HolidayPolicy policy) {
}
