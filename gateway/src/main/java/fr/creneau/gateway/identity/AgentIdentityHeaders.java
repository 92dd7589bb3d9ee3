package fr.creneau.gateway.identity;

import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.account.Role;
import fr.creneau.gateway.security.AgentAuthentication;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Removes every X-Creneau-Agent-* header a client sent, on every request, then writes them for the signed-in
 * agent. The services trust these headers, so no one but the gateway may ever set them.
 */
@Component
class AgentIdentityHeaders implements GlobalFilter, Ordered {

    static final String PREFIX = "x-creneau-agent-";
    static final String ACCOUNT = "X-Creneau-Agent-Account";
    static final String COMMUNE = "X-Creneau-Agent-Commune";
    static final String ROLES = "X-Creneau-Agent-Roles";
    static final String AGENT_ID = "X-Creneau-Agent-Id";
    static final String NAME = "X-Creneau-Agent-Name";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(AgentAuthentication.class::isInstance)
                .map(agent -> ((AgentAuthentication) agent).account())
                .map(account -> withIdentity(exchange.getRequest(), account))
                .defaultIfEmpty(exchange.getRequest().mutate().headers(AgentIdentityHeaders::strip).build())
                .flatMap(request -> chain.filter(exchange.mutate().request(request).build()));
    }

    private static ServerHttpRequest withIdentity(ServerHttpRequest request, Account account) {
        return request.mutate().headers(headers -> {
            strip(headers);
            headers.set(ACCOUNT, account.id().toString());
            if (account.communeId() != null) {
                headers.set(COMMUNE, account.communeId());
            }
            headers.set(ROLES, account.roles().stream().map(Role::name).collect(Collectors.joining(",")));
            if (account.agentId() != null) {
                headers.set(AGENT_ID, account.agentId());
            }
            // "%20" rather than "+": both URLDecoder and a plain percent-decoder read it as a space
            headers.set(NAME, URLEncoder.encode(account.displayName(), StandardCharsets.UTF_8).replace("+", "%20"));
        }).build();
    }

    private static void strip(HttpHeaders headers) {
        headers.keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX));
    }

    @Override
    public int getOrder() {
        // before the rate limits, the circuit breakers and the routing filters
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
