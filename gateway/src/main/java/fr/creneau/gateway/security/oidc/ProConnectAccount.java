package fr.creneau.gateway.security.oidc;

import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.account.Accounts;
import fr.creneau.gateway.security.AgentAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * After ProConnect: the agent whose account has the e-mail the provider gave is signed in, in place of the OIDC
 * user; anyone else is signed out again and sent back to the login page.
 */
class ProConnectAccount implements ServerAuthenticationSuccessHandler {

    private final Accounts accounts;
    private final ServerSecurityContextRepository contexts;
    private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    ProConnectAccount(Accounts accounts, ServerSecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        ServerWebExchange exchange = filterExchange.getExchange();
        String email = authentication.getPrincipal() instanceof OidcUser user ? user.getEmail() : null;
        Mono<Account> account = email == null ? Mono.empty() : accounts.enabledWithEmail(email);
        return account
                .flatMap(agent -> exchange.getSession().flatMap(WebSession::changeSessionId)
                        .then(contexts.save(exchange, new SecurityContextImpl(new AgentAuthentication(agent))))
                        .then(redirects.sendRedirect(exchange, URI.create("/agent/"))))
                .switchIfEmpty(Mono.defer(() -> exchange.getSession().flatMap(WebSession::invalidate)
                        .then(redirects.sendRedirect(exchange, URI.create("/agent/connexion?erreur=compte-inconnu")))));
    }
}
