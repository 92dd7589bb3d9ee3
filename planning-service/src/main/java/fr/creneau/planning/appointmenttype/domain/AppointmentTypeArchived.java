package fr.creneau.planning.appointmenttype.domain;

/** No new booking of this type; the appointments already taken stay. */
public record AppointmentTypeArchived(String appointmentTypeId, String communeId, AppointmentTypeSettings settings) {
}
