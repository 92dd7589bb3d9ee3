package fr.creneau.booking.catalog.domain;

/** A municipal service (état civil, affaires scolaires...) as booking-service knows it: what the agenda filters by. */
public record Service(String communeId, String serviceId, String name, boolean active) implements CatalogEntry {

    @Override
    public String id() {
        return serviceId;
    }
}
