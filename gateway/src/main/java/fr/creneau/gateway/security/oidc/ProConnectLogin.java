package fr.creneau.gateway.security.oidc;

import fr.creneau.gateway.account.Accounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * ProConnect, when spring.security.oauth2.client.registration.proconnect.* is configured: the back office's login
 * page offers it, and the e-mail the provider vouches for signs in the enabled account with that e-mail.
 */
@Component
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration.proconnect", name = "client-id")
public class ProConnectLogin {

    public static final String START = "/oauth2/authorization/proconnect";

    private final Accounts accounts;

    ProConnectLogin(Accounts accounts) {
        this.accounts = accounts;
    }

    public void configure(ServerHttpSecurity http, ServerSecurityContextRepository contexts) {
        http.oauth2Login(login -> login
                .authenticationSuccessHandler(new ProConnectAccount(accounts, contexts))
                .authenticationFailureHandler(
                        new RedirectServerAuthenticationFailureHandler("/agent/connexion?erreur=proconnect")));
    }
}
