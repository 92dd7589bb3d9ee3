package fr.creneau.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The CSRF token is read from the X-XSRF-TOKEN header only, with the cookie's value as it is. Spring's default also
 * looks for a {@code _csrf} field in a form-encoded body: that read the body the route then forwards, and the service
 * waited for a body that never came, until the route's circuit breaker gave up on it for everyone.
 */
class CsrfTokenInHeader extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName()));
    }
}
