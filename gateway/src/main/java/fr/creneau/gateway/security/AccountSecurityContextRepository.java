package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Accounts;
import fr.creneau.gateway.apikey.ApiKeys;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;

/**
 * Keeps the signed-in account's id in the web session, and reads the account again from the database on each
 * request: a disabled account or a changed role takes effect at once, not at the end of the session. Only the id is
 * stored (the sessions are in the database, shared by the gateways): no serialized object of ours or of Spring
 * Security's that a new version of either could no longer read.
 */
class AccountSecurityContextRepository implements ServerSecurityContextRepository {

    static final String ACCOUNT = "creneau.account";
    private static final String LOADED = AccountSecurityContextRepository.class.getName() + ".LOADED";

    private final Accounts accounts;
    private final ApiKeys apiKeys;
    private final String sessionCookie;

    AccountSecurityContextRepository(Accounts accounts, ApiKeys apiKeys, String sessionCookie) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.sessionCookie = sessionCookie;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        exchange.getAttributes().remove(LOADED);
        return exchange.getSession().doOnNext(session -> {
            Map<String, Object> attributes = session.getAttributes();
            // where Spring's own OAuth2 login may have put the provider's user before ProConnectAccount's turn
            attributes.remove(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME);
            if (context != null && context.getAuthentication() instanceof AgentAuthentication agent) {
                attributes.put(ACCOUNT, agent.account().id().toString());
            } else {
                attributes.remove(ACCOUNT);
            }
        }).then();
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

    // nothing else counts as signed in (a ProConnect login is turned into an agent's one at once); a request that
    // presents an API key is that key's, whatever session cookie it also carries
    private Mono<SecurityContext> reload(ServerWebExchange exchange) {
        String presented = ApiKeyCredentials.presented(exchange.getRequest());
        if (presented != null) {
            return apiKeys.authenticate(presented)
                    .map(key -> (SecurityContext) new SecurityContextImpl(AgentAuthentication.of(key)));
        }
        if (!exchange.getRequest().getCookies().containsKey(sessionCookie)) {
            // a citizen: no session to read, and none made for nothing (a random id per request)
            return Mono.empty();
        }
        return exchange.getSession()
                .flatMap(session -> Mono.justOrEmpty(session.<String>getAttribute(ACCOUNT)))
                .flatMap(id -> accounts.current(UUID.fromString(id)))
                .map(account -> (SecurityContext) new SecurityContextImpl(new AgentAuthentication(account)));
    }
}
