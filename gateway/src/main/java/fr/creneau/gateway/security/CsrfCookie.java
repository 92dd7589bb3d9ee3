package fr.creneau.gateway.security;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security makes the CSRF token only when something asks for it; this asks for it on the back office's
 * pages and calls, so the XSRF-TOKEN cookie is there before the first write. Citizens get no such cookie.
 */
class CsrfCookie implements WebFilter {

    private final String sessionCookie;

    CsrfCookie(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!concernsAgents(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return token.then(chain.filter(exchange));
    }

    private boolean concernsAgents(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return path.equals("/agent") || path.startsWith("/agent/") || path.startsWith("/api/auth/")
                || path.equals("/api/me") || request.getCookies().containsKey(sessionCookie);
    }
}
