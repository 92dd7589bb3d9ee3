package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.apikey.ApiKey;
import fr.creneau.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Set;

/**
 * A signed-in agent: the account, as read from the database on this request; or a commune's API key, which acts as
 * an agent of its commune (role AGENT) named after the key, and, when its scope is READ, only reads.
 */
public final class AgentAuthentication extends AbstractAuthenticationToken {

    private final Account account;
    private final ApiKey apiKey;

    public AgentAuthentication(Account account) {
        this(account, null);
    }

    private AgentAuthentication(Account account, ApiKey apiKey) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.account = account;
        this.apiKey = apiKey;
        setAuthenticated(true);
    }

    /** The key's id stands for the account's in the identity the services get, and in what they record. */
    public static AgentAuthentication of(ApiKey key) {
        return new AgentAuthentication(new Account(key.id(), "cle-api:" + key.prefix(),
                "Clé d'API « %s »".formatted(key.label()), null, key.communeId(), Set.of(Role.AGENT), null, true), key);
    }

    public Account account() {
        return account;
    }

    /** The API key this request came with, or null for an agent's session. */
    public ApiKey apiKey() {
        return apiKey;
    }

    /** False for a read key's write; true for everything else. */
    public boolean mayUse(HttpMethod method) {
        return apiKey == null || apiKey.scope().allows(method);
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
