package fr.creneau.planning.appointmenttype.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveAppointmentType(@TargetAggregateIdentifier String appointmentTypeId, String communeId) {
}
