package fr.creneau.gateway.security;

import fr.creneau.gateway.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * What a request that needs a signed-in agent gets without one: a back-office page sends the browser to the login
 * page, which comes back afterwards; an API call gets a 401 problem, never a redirect.
 */
class LoginRequired implements ServerAuthenticationEntryPoint {

    static final String LOGIN_PAGE = "/agent/connexion";

    private final ProblemWriter problems;

    LoginRequired(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/agent") || path.startsWith("/agent/")) {
            String back = request.getURI().getRawQuery() == null ? path : path + "?" + request.getURI().getRawQuery();
            URI login = UriComponentsBuilder.fromPath(LOGIN_PAGE).queryParam("retour", "{back}")
                    .encode().buildAndExpand(back).toUri();
            exchange.getResponse().setStatusCode(HttpStatus.FOUND);
            exchange.getResponse().getHeaders().setLocation(login);
            return exchange.getResponse().setComplete();
        }
        if (ApiKeyCredentials.presented(request) != null) {
            return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.UNAUTHORIZED,
                    "Clé d'API refusée", "La clé d'API présentée est inconnue ou a été révoquée. Demandez-en une "
                            + "nouvelle à l'administrateur de la commune.", path));
        }
        return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.UNAUTHORIZED,
                "Connexion requise", "Connectez-vous avec votre compte d'agent pour continuer.", path));
    }
}
