package fr.creneau.gateway.security;

import fr.creneau.gateway.problem.ProblemWriter;
import fr.creneau.gateway.security.access.AccessRules;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A signed-in agent asking for what their roles or their commune do not allow, or a write without its CSRF token. */
class Refused implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;
    private final AccessRules rules;

    Refused(ProblemWriter problems, AccessRules rules) {
        this.problems = problems;
        this.rules = rules;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String path = exchange.getRequest().getPath().value();
        if (denied instanceof CsrfException) {
            return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.FORBIDDEN,
                    "Jeton de sécurité manquant ou invalide", "Cette modification doit porter l'en-tête X-XSRF-TOKEN "
                            + "avec la valeur du cookie XSRF-TOKEN. Rechargez la page puis réessayez.", path));
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(AgentAuthentication.class::isInstance)
                .map(agent -> (AgentAuthentication) agent)
                .map(agent -> agent.mayUse(exchange.getRequest().getMethod())
                        ? rules.decide(exchange.getRequest()).refusal(agent.account())
                        : "Cette clé d'API est en lecture seule (READ) : elle ne permet que de lire (GET). "
                                + "Une clé d'écriture (WRITE), créée par l'administrateur de la commune, le permet.")
                .defaultIfEmpty("Votre compte ne permet pas cette action.")
                .flatMap(detail -> problems.write(exchange.getResponse(),
                        ProblemWriter.problem(HttpStatus.FORBIDDEN, "Accès refusé", detail, path)));
    }
}
