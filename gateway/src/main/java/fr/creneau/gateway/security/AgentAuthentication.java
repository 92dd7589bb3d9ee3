package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Account;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in agent: the account, as read from the database on this request. */
public final class AgentAuthentication extends AbstractAuthenticationToken {

    private final Account account;

    public AgentAuthentication(Account account) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.account = account;
        setAuthenticated(true);
    }

    public Account account() {
        return account;
    }

    @Override
    public Account getPrincipal() {
        return account;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return account.username();
    }
}
