package fr.creneau.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keys are {@code crn_} and 32 random bytes in Base64url (256 bits): too many to guess, so one SHA-256 is enough to
 * keep them (no dictionary to try), and it is looked up by an index on every request. bcrypt, right for passwords
 * people choose, would cost a second of CPU per API call and needs the stored hash to compare, not to look up.
 */
final class KeyHash {

    static final String PREFIX = "crn_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHash() {
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeAKey(String presented) {
        return presented != null && presented.startsWith(PREFIX) && presented.length() == PREFIX.length() + 43;
    }

    static String of(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What the administrator sees of a key: enough to tell it from the others, too little to use. */
    static String visiblePart(String key) {
        return key.substring(0, PREFIX.length() + 6);
    }
}
