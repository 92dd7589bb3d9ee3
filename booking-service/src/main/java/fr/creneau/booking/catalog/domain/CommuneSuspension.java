package fr.creneau.booking.catalog.domain;

/** Whether the operator suspended the commune, and why: a suspended commune takes no new booking. */
public record CommuneSuspension(String communeId, boolean suspended, String reason) implements CatalogEntry {

    @Override
    public String id() {
        return communeId;
    }
}
