package fr.creneau.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** The back office is never framed by another site nor kept in a shared cache; the citizen pages may be both. */
class AgentPageHeaders implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/agent") || path.startsWith("/agent/") || path.startsWith("/api/auth/")
                || path.equals("/api/me") || path.startsWith("/api/accounts/")) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("X-Frame-Options", "DENY");
                if (!path.startsWith("/agent/assets/")) {
                    headers.setCacheControl("no-store");
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
