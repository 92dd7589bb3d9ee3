package fr.creneau.gateway.request;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses an address with an encoded slash, a NUL, a backslash, a {@code ;}, a {@code ..}
 * or a {@code //} before any rule or route sees it; its own answer is a 400 with no body, this one says why.
 */
@Component
class RefusedAddress implements ServerExchangeRejectedHandler {

    private final ProblemWriter problems;

    RefusedAddress(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Adresse refusée",
                "L'adresse contient une séquence refusée (par exemple %2F, %00, %5C, ;, // ou ../) : "
                        + "chaque identifiant s'écrit en clair dans l'adresse.", null));
    }
}
