package fr.creneau.booking.catalog.domain;

import java.util.List;

/** A counter (guichet) as booking-service knows it: its place, the types it receives, its agents, its services. */
public record Counter(
        String communeId,
        String counterId,
        String placeId,
        String name,
        List<String> appointmentTypeIds,
        List<String> agentIds,
        boolean active,
        List<String> serviceIds) implements CatalogEntry {

    public Counter {
        appointmentTypeIds = appointmentTypeIds == null ? List.of() : List.copyOf(appointmentTypeIds);
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }

    /** The counter receives the type, and belongs to one of the type's associated services if it names some. */
    public boolean takes(AppointmentType type) {
        return appointmentTypeIds.contains(type.appointmentTypeId()) && type.openToServices(serviceIds);
    }

    @Override
    public String id() {
        return counterId;
    }
}
