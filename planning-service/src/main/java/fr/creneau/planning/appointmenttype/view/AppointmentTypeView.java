package fr.creneau.planning.appointmenttype.view;

import fr.creneau.planning.appointmenttype.domain.AppointmentTypeSettings;

public record AppointmentTypeView(String appointmentTypeId, String communeId, AppointmentTypeSettings settings,
        boolean active) {

    public static final String KIND = "appointment-type";
}
