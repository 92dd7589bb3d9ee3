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

import java.util.Locale;

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
                .defaultIfEmpty(exchange.getRequest().mutate().headers(AgentIdentityHeaders::strip).build())
                .flatMap(request -> chain.filter(exchange.mutate().request(request).build()));
    }

    /** The signed-in agent, as its account says now. */
    private String sign(Account account) {
        return signer.sign(new AgentIdentity(account.id().toString(), account.communeId(), account.roles(),
                account.agentId(), account.displayName(), account.serviceIds(), account.partnerType()));
    }

    private static void strip(HttpHeaders headers) {
        headers.keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).startsWith(IdentityToken.HEADER_PREFIX));
    }

    @Override
    public int getOrder() {
        // before the rate limits, the circuit breakers and the routing filters
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
