package fr.creneau.booking.shared.domain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * An HMAC-SHA256 key derived from the service's secret (BOOKING_CODE_SECRET) under a label of its own: one secret to
 * configure, a key per use, and no hash of one table that is a hash of another. Without the secret, a stolen table of
 * digests cannot be tried against a list of names, numbers or addresses. There is no default: a missing secret stops
 * the service at its start.
 */
public final class DerivedKey {

    /** The label of a person's digests: the duplicate rule's claims and the per-person rate limits share it. */
    public static final String PERSONS = "creneau booking person digest v1";

    private final KeyedMac key;

    private DerivedKey(byte[] key) {
        this.key = new KeyedMac(key);
    }

    /** @param use what the key is for, in French, for the message that refuses a missing secret */
    public static DerivedKey of(String secret, String label, String use) {
        return new DerivedKey(bytes(secret, label, use));
    }

    /** The derived key's 256 bits themselves, for a key of another algorithm (the ANTS links' AES-GCM). */
    public static byte[] bytes(String secret, String label, String use) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("BOOKING_CODE_SECRET n'est pas défini : " + use + " en dérive sa clé. "
                    + "BOOKING_CODE_SECRET is not set: a key (" + label + ") derives from it.");
        }
        KeyedMac fromSecret = new KeyedMac(secret.getBytes(StandardCharsets.UTF_8));
        return fromSecret.get().doFinal(label.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] mac(String text) {
        return key.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    public String hex(String text) {
        return HexFormat.of().formatHex(mac(text));
    }
}
