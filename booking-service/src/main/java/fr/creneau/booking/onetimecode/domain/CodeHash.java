package fr.creneau.booking.onetimecode.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The hash of a pending code, compared in constant time: an HMAC-SHA256 under the server's {@link CodeKey}. A code
 * issued before that (issue 11) has a salt and a PBKDF2 hash; it stays checkable until it expires, ten minutes
 * after the upgrade, and no code is hashed that way any more.
 */
public record CodeHash(byte[] salt, byte[] hash) {

    private static final int LEGACY_ITERATIONS = 20_000;

    public static CodeHash of(CodeKey key, String appointmentId, String code) {
        return new CodeHash(null, key.mac(appointmentId, code));
    }

    public boolean matches(CodeKey key, String appointmentId, String code) {
        return MessageDigest.isEqual(hash, salt == null ? key.mac(appointmentId, code) : legacy(code, salt));
    }

    private static byte[] legacy(String code, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, LEGACY_ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
