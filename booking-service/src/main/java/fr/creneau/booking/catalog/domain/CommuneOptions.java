package fr.creneau.booking.catalog.domain;

/**
 * The options the operator sold the commune in its subscription (planning-service), as far as booking-service acts
 * on them: the interactive voice server answers the commune's line only with {@code voice}; without {@code sms} a
 * citizen must give an e-mail address, where the one-time code goes. {@code sms} is null in a record kept before
 * booking-service read it: the option was on unless the operator said otherwise.
 */
public record CommuneOptions(String communeId, boolean voice, Boolean sms) implements CatalogEntry {

    @Override
    public String id() {
        return communeId;
    }

    public boolean smsOffered() {
        return sms == null || sms;
    }
}
