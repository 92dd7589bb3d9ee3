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

    /** A type with no associated service is for every service; else for one of them only (6tzen: « services associés »). */
    public boolean openToServices(List<String> ofTheCounterOrAgent) {
        return serviceIds.isEmpty() || ofTheCounterOrAgent.stream().anyMatch(serviceIds::contains);
    }

    /** A type with no partner type is open to every partner; else to those partner types only. */
    public boolean openToPartner(String partnerType) {
        return partnerTypes.isEmpty() || partnerTypes.contains(partnerType);
    }

    @Override
    public String id() {
        return appointmentTypeId;
    }
}
