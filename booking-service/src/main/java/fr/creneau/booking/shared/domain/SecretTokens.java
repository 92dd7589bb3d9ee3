package fr.creneau.booking.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens of 256 random bits for a secret link (the manage link, an agent's calendar feed), and the SHA-256 a table
 * keeps instead of them. A plain hash is enough: a random 256-bit token cannot be guessed from a dictionary.
 */
public final class SecretTokens {

    private static final int TOKEN_BYTES = 32;
    private static final int LONGEST = 100;

    private final SecureRandom random = new SecureRandom();

    public String draw() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} may be one of ours at all, before any lookup. */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= LONGEST;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
