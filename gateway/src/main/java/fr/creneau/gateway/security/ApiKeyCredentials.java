package fr.creneau.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Where a server presents its API key: {@code Authorization: Bearer <key>}, or {@code X-Api-Key: <key>}. */
final class ApiKeyCredentials {

    static final String HEADER = "X-Api-Key";
    private static final String BEARER = "Bearer ";

    private ApiKeyCredentials() {
    }

    /** The key presented, or null when the request presents none. */
    static String presented(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        String header = request.getHeaders().getFirst(HEADER);
        return header == null ? null : header.strip();
    }
}
