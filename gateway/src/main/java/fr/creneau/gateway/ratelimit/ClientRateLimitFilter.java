package fr.creneau.gateway.ratelimit;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/**
 * Refuses with 429 a client that used up its budget: before a routed request reaches any service (as a gateway
 * filter), and before the login, which the gateway answers itself (as a web filter, ahead of Spring Security).
 * Each request is counted once.
 */
@Component
class ClientRateLimitFilter implements GlobalFilter, WebFilter, Ordered {

    private final ClientRateLimiters limiters;
    private final ClientAddress clientAddress;
    private final ProblemWriter problems;

    ClientRateLimitFilter(RateLimitProperties properties, ProblemWriter problems) {
        this.limiters = new ClientRateLimiters(properties);
        this.clientAddress = new ClientAddress(properties.trustedProxies());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Tier tier = Tier.of(exchange.getRequest());
        return tier == Tier.LOGIN ? chain.filter(exchange) : limited(exchange, tier, () -> chain.filter(exchange));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Tier tier = Tier.of(exchange.getRequest());
        return tier == Tier.LOGIN ? limited(exchange, tier, () -> chain.filter(exchange)) : chain.filter(exchange);
    }

    private Mono<Void> limited(ServerWebExchange exchange, Tier tier, Supplier<Mono<Void>> next) {
        if (limiters.tryAcquire(tier, clientAddress.of(exchange))) {
            return next.get();
        }
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de demandes",
                "Vous avez envoyé trop de demandes en peu de temps. Patientez un moment avant de réessayer.",
                exchange.getRequest().getPath().value());
        return problems.write(exchange.getResponse(), problem, limiters.period(tier));
    }

    @Override
    public int getOrder() {
        // before the routing filters and the circuit breakers, and before Spring Security for the login: a refused
        // request costs the services, and the password hashing, nothing
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
