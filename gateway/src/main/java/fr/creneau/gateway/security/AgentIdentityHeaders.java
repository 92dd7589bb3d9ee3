package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.identity.IdentitySigner;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Removes every X-Creneau-Agent-* header a client sent, on every request, then writes the signed-in agent's identity
 * as one token the gateway signs ({@link IdentitySigner}): a service accepts no other.
 */
@Component
class AgentIdentityHeaders implements GlobalFilter, Ordered {

    private final IdentitySigner signer;

    AgentIdentityHeaders(IdentitySigner signer) {
        this.signer = signer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(AgentAuthentication.class::isInstance)
                .map(agent -> (AgentAuthentication) agent)
                .map(agent -> exchange.getRequest().mutate().headers(headers -> {
                    strip(headers);
                    if (agent.apiKey() != null) {
                        // the key is the gateway's business: no service needs it, none should log it
                        headers.remove(HttpHeaders.AUTHORIZATION);
                        headers.remove(ApiKeyCredentials.HEADER);
                    }
                    headers.set(IdentityToken.HEADER, sign(agent.account()));
                }).build())
                .map(request -> exchange.mutate().request(request).build())
                .switchIfEmpty(Mono.fromSupplier(() -> withoutAgentHeaders(exchange)))
                .flatMap(chain::filter);
    }

    /**
     * The request of a client who is no agent, without the agent headers it sent; as it came when it sent none, the
     * usual case, as a copy of its headers (and cookies) for nothing was a cost of every request.
     */
    private static ServerWebExchange withoutAgentHeaders(ServerWebExchange exchange) {
        if (exchange.getRequest().getHeaders().keySet().stream().noneMatch(AgentIdentityHeaders::isAgentHeader)) {
            return exchange;
        }
        return exchange.mutate().request(exchange.getRequest().mutate().headers(AgentIdentityHeaders::strip).build())
                .build();
    }

    /** The signed-in agent, as its account says now. */
    private String sign(Account account) {
        return signer.sign(new AgentIdentity(account.id().toString(), account.communeId(), account.roles(),
                account.agentId(), account.displayName(), account.serviceIds(), account.partnerType()));
    }

    private static void strip(HttpHeaders headers) {
        headers.keySet().removeIf(AgentIdentityHeaders::isAgentHeader);
    }

    private static boolean isAgentHeader(String name) {
        return name.regionMatches(true, 0, IdentityToken.HEADER_PREFIX, 0, IdentityToken.HEADER_PREFIX.length());
    }

    @Override
    public int getOrder() {
        // before the rate limits, the circuit breakers and the routing filters
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
