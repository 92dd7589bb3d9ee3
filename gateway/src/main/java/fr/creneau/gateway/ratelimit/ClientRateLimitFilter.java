package fr.creneau.gateway.ratelimit;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Refuses with 429 a client that used up its budget, before the request reaches any service. */
@Component
class ClientRateLimitFilter implements GlobalFilter, Ordered {

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
        if (limiters.tryAcquire(tier, clientAddress.of(exchange))) {
            return chain.filter(exchange);
        }
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de demandes",
                "Vous avez envoyé trop de demandes en peu de temps. Patientez un moment avant de réessayer.",
                exchange.getRequest().getPath().value());
        return problems.write(exchange.getResponse(), problem, limiters.period(tier));
    }

    @Override
    public int getOrder() {
        // before the routing filters and the circuit breakers: a refused request costs the services nothing
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
