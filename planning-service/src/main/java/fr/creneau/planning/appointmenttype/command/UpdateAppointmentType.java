package fr.creneau.planning.appointmenttype.command;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateAppointmentType(@TargetAggregateIdentifier String appointmentTypeId, String communeId,
        AppointmentTypeSettings settings) {
}
