package fr.creneau.gateway.security;

import fr.creneau.gateway.security.access.Access;
import fr.creneau.gateway.security.access.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * The writes that must carry the CSRF token: those sent with a session cookie (only a session makes an agent), to
 * anything but a public citizen endpoint or the login itself. Logging out needs it too, so no other site can.
 */
class CsrfRequired implements ServerWebExchangeMatcher {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final AccessRules rules;
    private final String sessionCookie;

    CsrfRequired(AccessRules rules, String sessionCookie) {
        this.rules = rules;
        this.sessionCookie = sessionCookie;
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        boolean required = !SAFE.contains(request.getMethod())
                && request.getCookies().containsKey(sessionCookie)
                && (rules.decide(request).access() != Access.PUBLIC || isLogout(request));
        return required ? MatchResult.match() : MatchResult.notMatch();
    }

    private static boolean isLogout(ServerHttpRequest request) {
        return request.getPath().pathWithinApplication().value().equals(SecurityConfiguration.LOGOUT);
    }
}
