package fr.creneau.booking.catalog.domain;

import java.util.List;

/** A type of appointment (motif) as booking-service knows it: what a booking of it must respect and carry. */
public record AppointmentType(
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
        boolean active) implements CatalogEntry {

    /** A choice within the type (CNI, passeport). */
    public record Option(String optionId, String label) {
    }

    public AppointmentType {
        options = options == null ? List.of() : List.copyOf(options);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
    }

    @Override
    public String id() {
        return appointmentTypeId;
    }
}
