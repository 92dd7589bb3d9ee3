package fr.creneau.planning.appointmenttype.domain;

public record AppointmentTypeUpdated(String appointmentTypeId, String communeId, AppointmentTypeSettings settings) {
}
