package fr.creneau.gateway.ratelimit;

import fr.creneau.gateway.problem.ProblemWriter;
import fr.creneau.gateway.security.AgentAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Refuses with 429 a client that used up its budget: before a routed request reaches any service (as a gateway
 * filter), and before the login, which the gateway answers itself (as a web filter, ahead of Spring Security).
 * Each request is counted once, in the buckets every gateway shares.
 */
@Component
class ClientRateLimitFilter implements GlobalFilter, WebFilter, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRateLimitFilter.class);

    private final ClientBuckets buckets;
    private final ClientAddress clientAddress;
    private final ProblemWriter problems;
    private final AntsCaller ants;

    ClientRateLimitFilter(ClientBuckets buckets, RateLimitProperties properties, ProblemWriter problems) {
        this.buckets = buckets;
        this.clientAddress = new ClientAddress(properties.trustedProxies());
        this.problems = problems;
        this.ants = new AntsCaller(properties.antsToken());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (ants.recognises(exchange.getRequest())) {
            return limited(exchange, Tier.ANTS, Mono.just(AntsCaller.CLIENT), () -> chain.filter(exchange));
        }
        Tier tier = Tier.of(exchange.getRequest());
        return tier == Tier.LOGIN ? chain.filter(exchange) : limited(exchange, tier, () -> chain.filter(exchange));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Tier tier = Tier.of(exchange.getRequest());
        return tier == Tier.LOGIN ? limited(exchange, tier, () -> chain.filter(exchange)) : chain.filter(exchange);
    }

    private Mono<Void> limited(ServerWebExchange exchange, Tier tier, Supplier<Mono<Void>> next) {
        return limited(exchange, tier, client(exchange), next);
    }

    private Mono<Void> limited(ServerWebExchange exchange, Tier tier, Mono<String> caller, Supplier<Mono<Void>> next) {
        return caller
                .flatMap(client -> buckets.take(tier, client))
                .map(wait -> refuse(exchange, wait))
                .switchIfEmpty(Mono.fromSupplier(next))
                .onErrorResume(failure -> Mono.just(storeUnavailable(exchange, failure)))
                .flatMap(answer -> answer);
    }

    /**
     * A server calling with its commune's API key has budgets of its own, whatever address it calls from; anyone
     * else, a key that is not one (refused before this filter) included, is counted under its address.
     */
    private Mono<String> client(ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(AgentAuthentication.class::isInstance)
                .mapNotNull(agent -> ((AgentAuthentication) agent).apiKey())
                .map(key -> "cle-api:" + key.id())
                .defaultIfEmpty(clientAddress.of(exchange));
    }

    /** Without its counters the gateway cannot tell a citizen from a bot: it refuses rather than let all through. */
    private Mono<Void> storeUnavailable(ServerWebExchange exchange, Throwable failure) {
        LOG.warn("Compteurs de limites injoignables : {}", failure.toString());
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service indisponible",
                "Le service est momentanément indisponible. Réessayez dans quelques instants.",
                exchange.getRequest().getPath().value());
        return problems.write(exchange.getResponse(), problem, Duration.ofSeconds(10));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Duration wait) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de demandes",
                "Vous avez envoyé trop de demandes en peu de temps. Patientez %s avant de réessayer."
                        .formatted(inWords(wait)), exchange.getRequest().getPath().value());
        return problems.write(exchange.getResponse(), problem, wait);
    }

    private static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds == 1 ? "une seconde" : seconds + " secondes";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "une minute" : minutes + " minutes";
    }

    @Override
    public int getOrder() {
        // before the routing filters and the circuit breakers, and before Spring Security for the login: a refused
        // request costs the services, and the password hashing, nothing
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
