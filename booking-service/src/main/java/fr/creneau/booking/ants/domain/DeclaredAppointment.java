package fr.creneau.booking.ants.domain;

/** An appointment the ANTS knows for a number, declared by any editor; its date as the ANTS wrote it. */
public record DeclaredAppointment(String meetingPoint, String appointmentDate, String managementUrl) {
}
