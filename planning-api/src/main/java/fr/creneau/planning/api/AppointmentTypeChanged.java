package fr.creneau.planning.api;

import java.time.Instant;
import java.util.List;

/**
 * The full current description of an appointment type (not a diff). {@code bookingHorizon} and
 * {@code minimumNotice} are ISO-8601 durations or periods ({@code P2M}, {@code P6W}, {@code PT60M}, {@code P1D}).
 *
 * @param bookableWith SERVICE (any available agent of the counter) or AGENT (the citizen picks an agent)
 * @param antsNumberRequired the ANTS pre-application number is asked for each person (ID card, passport)
 * @param active false once the type is archived: no new booking
 */
public record AppointmentTypeChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String appointmentTypeId,
        String label,
        String details,
        int durationMinutes,
        String bookingHorizon,
        String minimumNotice,
        List<Option> options,
        int maxPersons,
        boolean durationGrowsWithPersons,
        boolean visibleOnPortal,
        List<String> serviceIds,
        boolean approvalRequired,
        String citizenInformation,
        String rgpdText,
        List<String> partnerTypes,
        String bookableWith,
        boolean antsNumberRequired,
        boolean active) implements PlanningEvent {

    public record Option(String optionId, String label) {
    }

    public AppointmentTypeChanged {
        options = options == null ? List.of() : List.copyOf(options);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
    }

    @Override
    public String key() {
        return appointmentTypeId;
    }
}
