package fr.creneau.booking.onetimecode.domain;

import fr.creneau.booking.shared.domain.KeyedMac;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * The server's secret that keys the hashes of the codes. A code has only 10^6 values and a few tries, so a slow
 * hash would add nothing; what keeps a stolen table of hashes from giving the codes away is this key, which is not
 * in the database.
 */
public final class CodeKey {

    static final int MIN_LENGTH = 32;

    private final KeyedMac key;

    private CodeKey(byte[] secret) {
        this.key = new KeyedMac(secret);
    }

    /** Refuses a missing or short secret, in French and English, so that the service does not start without it. */
    public static CodeKey of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("BOOKING_CODE_SECRET n'est pas défini : il faut un secret d'au moins "
                    + MIN_LENGTH + " caractères pour protéger les codes de confirmation (./creneau en génère un). "
                    + "BOOKING_CODE_SECRET is not set: a secret of at least " + MIN_LENGTH
                    + " characters is needed to protect the confirmation codes (./creneau generates one).");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("BOOKING_CODE_SECRET est trop court (" + secret.length() + " caractères,"
                    + " au moins " + MIN_LENGTH + "). BOOKING_CODE_SECRET is too short (" + secret.length()
                    + " characters, at least " + MIN_LENGTH + ").");
        }
        return new CodeKey(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 of the appointment and the code: the same code of another appointment hashes differently. */
    byte[] mac(String appointmentId, String code) {
        Mac mac = key.get();
        mac.update(appointmentId.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
    }
}
