package fr.creneau.booking.catalog.domain;

/**
 * The options the operator sold the commune in its subscription (planning-service), as far as booking-service acts
 * on them: the interactive voice server answers the commune's line only with {@code voice}.
 */
public record CommuneOptions(String communeId, boolean voice) implements CatalogEntry {

    @Override
    public String id() {
        return communeId;
    }
}
