package fr.creneau.booking.onetimecode.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** A salted, slow hash of a code (PBKDF2-HMAC-SHA256), compared in constant time. */
public record CodeHash(byte[] salt, byte[] hash) {

    private static final int ITERATIONS = 20_000;
    private static final int SALT_BYTES = 16;

    public static CodeHash of(String code, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new CodeHash(salt, derive(code, salt));
    }

    public boolean matches(String code) {
        return MessageDigest.isEqual(hash, derive(code, salt));
    }

    private static byte[] derive(String code, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
