package fr.creneau.planning.appointmenttype.domain;

public record AppointmentTypeCreated(String appointmentTypeId, String communeId, AppointmentTypeSettings settings) {
}
