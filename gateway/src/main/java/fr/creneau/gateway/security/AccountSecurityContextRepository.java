package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Accounts;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keeps the signed-in account in the web session, and reads it again from the database on each request: a
 * disabled account or a changed role takes effect at once, not at the end of the session.
 */
class AccountSecurityContextRepository implements ServerSecurityContextRepository {

    private static final String LOADED = AccountSecurityContextRepository.class.getName() + ".LOADED";

    private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();
    private final Accounts accounts;

    AccountSecurityContextRepository(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        exchange.getAttributes().remove(LOADED);
        return sessions.save(exchange, context);
    }

    /** Read once per request, however many filters ask for the signed-in agent. */
    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        Mono<SecurityContext> loaded = exchange.getAttribute(LOADED);
        if (loaded == null) {
            loaded = reload(exchange).cache();
            exchange.getAttributes().put(LOADED, loaded);
        }
        return loaded;
    }

    private Mono<SecurityContext> reload(ServerWebExchange exchange) {
        return sessions.load(exchange).flatMap(context -> {
            if (context.getAuthentication() instanceof AgentAuthentication agent) {
                return accounts.current(agent.account().id())
                        .map(account -> (SecurityContext) new SecurityContextImpl(new AgentAuthentication(account)));
            }
            // nothing else counts as signed in (a ProConnect login is turned into an agent's one at once)
            return Mono.empty();
        });
    }
}
