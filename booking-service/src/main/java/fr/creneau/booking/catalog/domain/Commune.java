package fr.creneau.booking.catalog.domain;

/** A commune as booking-service knows it: its name, its time zone, how long citizens' data is kept. */
public record Commune(String communeId, String name, String timeZone, int retentionMonths) implements CatalogEntry {

    @Override
    public String id() {
        return communeId;
    }
}
