package fr.creneau.gateway.ratelimit;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Tells the ANTS' national site from a citizen: a GET of its API carrying the installation's token, compared in
 * constant time. The site calls from several servers, so all its calls draw from one budget; a request with a
 * wrong token is anyone's, counted under its address like any other.
 */
final class AntsCaller {

    static final String HEADER = "X-HUB-RDV-AUTH-TOKEN";
    static final String CLIENT = "ants";
    private static final String API = "/api/booking/ants/";

    private final byte[] expected;

    AntsCaller(String token) {
        this.expected = token == null || token.isBlank() ? null : sha256(token.trim());
    }

    boolean recognises(ServerHttpRequest request) {
        String presented = request.getHeaders().getFirst(HEADER);
        return expected != null && presented != null && HttpMethod.GET.equals(request.getMethod())
                && request.getPath().pathWithinApplication().value().startsWith(API)
                && MessageDigest.isEqual(expected, sha256(presented.trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
