package fr.creneau.booking.catalog.domain;

/** A place (mairie, mairie annexe) as booking-service knows it. */
public record Place(
        String communeId,
        String placeId,
        String name,
        String address,
        Double latitude,
        Double longitude,
        boolean visibleOnPortal,
        boolean active) implements CatalogEntry {

    @Override
    public String id() {
        return placeId;
    }
}
