package fr.creneau.booking.search.view;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of the search index's hashes, derived from the service's secret (BOOKING_CODE_SECRET) under a label of
 * its own: a second secret to keep without a second thing to configure, and a hash of the index that is no hash of
 * a code. Without the secret, a stolen table cannot be tried against a list of names or numbers.
 */
final class SearchKey {

    private static final String LABEL = "creneau booking contact search index v1";

    private final SecretKeySpec key;

    private SearchKey(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    static SearchKey derivedFrom(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("BOOKING_CODE_SECRET n'est pas défini : l'index de recherche en dérive "
                    + "sa clé. BOOKING_CODE_SECRET is not set: the search index derives its key from it.");
        }
        return new SearchKey(mac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), LABEL));
    }

    byte[] hash(String token) {
        return mac(key, token);
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
