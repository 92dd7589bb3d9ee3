package fr.creneau.stats.appointment.domain;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.Channel;

/** The ids a figure can be broken down by, as the latest event describes the appointment. */
public record Dimensions(
        String placeId,
        String counterId,
        String agentId,
        String serviceId,
        String appointmentTypeId,
        String optionId,
        Channel channel) {

    static Dimensions of(Appointment appointment) {
        return new Dimensions(appointment.placeId(), appointment.counterId(), appointment.agentId(),
                appointment.serviceId(), appointment.appointmentTypeId(), appointment.optionId(),
                appointment.channel());
    }
}
