package fr.creneau.booking.api;

import java.time.Instant;

/**
 * What an appointment is, denormalised so that a consumer needs no other lookup to describe it:
 * labels of the type, option, place and counter as they were when the event was written.
 *
 * @param agentId the agent it is with or assigned to, null for a team appointment not yet assigned
 * @param bookedAt when the citizen or the agent first reserved it
 */
public record Appointment(
        String appointmentTypeId,
        String appointmentTypeLabel,
        String optionId,
        String optionLabel,
        String serviceId,
        String placeId,
        String placeName,
        String placeAddress,
        String counterId,
        String counterName,
        String agentId,
        Instant start,
        Instant end,
        String timeZone,
        int persons,
        Channel channel,
        String citizenInformation,
        Instant bookedAt) {
}
