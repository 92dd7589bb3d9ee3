package fr.creneau.gateway.devinbox;

import fr.creneau.gateway.problem.ProblemWriter;
import fr.creneau.gateway.security.PageHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The dev inbox lists every recipient, one-time code and /gerer link of every commune, to anyone: unless it was asked
 * for (CRENEAU_DEV_INBOX=true, which ./creneau sets), neither its page nor its API exists here (404), whatever
 * notification-service says.
 */
@Component
class DevInboxGate implements WebFilter, Ordered {

    private static final String API = "/api/notifications/dev-inbox";

    private final boolean enabled;
    private final ProblemWriter problems;

    DevInboxGate(@Value("${creneau.dev-inbox.enabled:false}") boolean enabled, ProblemWriter problems) {
        this.enabled = enabled;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (enabled || !isDevInbox(path)) {
            return chain.filter(exchange);
        }
        PageHeaders.forbidFraming(exchange.getResponse().getHeaders());
        return problems.write(exchange.getResponse(), ProblemWriter.problem(HttpStatus.NOT_FOUND, "Introuvable",
                "La boîte de réception de développement n'est pas activée sur cette installation.", path));
    }

    static boolean isDevInbox(String path) {
        return path.equals(API) || path.startsWith(API + "/") || path.startsWith(API + ";")
                || path.equals("/dev") || path.startsWith("/dev/") || path.equals("/js/dev-inbox.js");
    }

    @Override
    public int getOrder() {
        // before the security chain: a page that does not exist is a 404 for everyone, signed in or not
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
