package fr.creneau.booking.ants.web;

import fr.creneau.booking.ants.adapter.AntsProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the token the ANTS sends against the installation's, in constant time: both are hashed first, so that
 * neither their content nor their length shows in how long the comparison takes. It runs before the handler's
 * parameters are even read, so a caller without the token learns nothing from their validation.
 */
@Component
class EditorToken implements HandlerInterceptor {

    static final String HEADER = "X-HUB-RDV-AUTH-TOKEN";

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

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        check(request.getHeader(HEADER));
        return true;
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
