package fr.creneau.booking.search.view;

import fr.creneau.booking.shared.domain.DerivedKey;

/** The key of the search index's hashes: its own label, so that a hash of the index is no hash of a code. */
final class SearchKey {

    private static final String LABEL = "creneau booking contact search index v1";

    private final DerivedKey key;

    private SearchKey(DerivedKey key) {
        this.key = key;
    }

    static SearchKey derivedFrom(String secret) {
        return new SearchKey(DerivedKey.of(secret, LABEL, "l'index de recherche"));
    }

    byte[] hash(String token) {
        return key.mac(token);
    }
}
