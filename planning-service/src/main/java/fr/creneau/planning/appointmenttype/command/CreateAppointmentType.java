package fr.creneau.planning.appointmenttype.command;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateAppointmentType(@TargetAggregateIdentifier String appointmentTypeId, String communeId,
        AppointmentTypeSettings settings) {
}
