package fr.creneau.booking.appointment.web;

/** An appointment for an agent: the appointment, and the citizen unless their data was erased (then null). */
public record AgentAppointmentView(AppointmentView appointment, CitizenContact citizen) {
}
