package fr.creneau.booking.ants.view;

import fr.creneau.booking.shared.domain.DerivedKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals the management links kept for the ANTS (each holds the secret of a citizen's manage page) with AES-256-GCM,
 * bound to their appointment, under a key derived from the service's secret (BOOKING_CODE_SECRET) with a label of
 * its own. The key is not in the database, so a dump of it hands out no link. Not the appointment's contact key:
 * a withdrawal still waiting in the outbox must be sent after that key is erased.
 */
@Component
public class LinkSeal {

    static final String PREFIX = "v1:";
    private static final String LABEL = "creneau booking ants management link v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    LinkSeal(@Value("${booking.one-time-code.secret:}") String secret) {
        this.key = new SecretKeySpec(DerivedKey.bytes(secret, LABEL, "le scellement des liens déclarés à l'ANTS"),
                "AES");
    }

    public String seal(String appointmentId, String link) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, appointmentId);
            byte[] sealed = cipher.doFinal(link.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a management link", e);
        }
    }

    /** The link; a value kept in clear before links were sealed is returned as it is. */
    public String open(String appointmentId, String sealed) {
        if (!isSealed(sealed)) {
            return sealed;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), appointmentId);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open the management link of " + appointmentId, e);
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    private Cipher cipher(int mode, byte[] iv, String appointmentId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(appointmentId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
