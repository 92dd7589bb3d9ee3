package fr.creneau.booking.ants.web;

import fr.creneau.booking.ants.adapter.AntsProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the token the ANTS sends against the installation's, in constant time: both are hashed first, so that
 * neither their content nor their length shows in how long the comparison takes.
 */
@Component
class EditorToken {

    /** No token is configured: the API is off. */
    static class NotConfigured extends RuntimeException {
    }

    /** The token is missing or wrong. */
    static class Refused extends RuntimeException {
    }

    private final byte[] expected;

    EditorToken(AntsProperties properties) {
        String token = properties.editorToken();
        this.expected = token == null || token.isBlank() ? null : sha256(token.trim());
    }

    void check(String presented) {
        if (expected == null) {
            throw new NotConfigured();
        }
        if (presented == null || !MessageDigest.isEqual(expected, sha256(presented.trim()))) {
            throw new Refused();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
