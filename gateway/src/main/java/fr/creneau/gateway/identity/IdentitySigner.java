package fr.creneau.gateway.identity;

import fr.creneau.platform.startup.MissingSetting;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityKeyProblem;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * Signs what the gateway asserts about an agent for the services, as {@link IdentityToken} says (a JWT, HMAC-SHA256
 * under CRENEAU_IDENTITY_KEY, valid one minute), which the services read back with the same class.
 */
@Component
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentitySigner {

    private final IdentityToken tokens;
    private final Clock clock;

    IdentitySigner(IdentityProperties properties) {
        this.tokens = tokens(properties.key());
        this.clock = Clock.systemUTC();
    }

    public String sign(String accountId, String communeId, Set<Role> roles, String agentId, String displayName) {
        return sign(new AgentIdentity(accountId, communeId, roles, agentId, displayName));
    }

    public String sign(AgentIdentity identity) {
        return tokens.sign(identity, clock.instant());
    }

    /** No default key: identities signed with a well-known one would be anyone's to forge. */
    private static IdentityToken tokens(String key) {
        IdentityKeyProblem.of(key, " pour les services").ifPresent(problem -> {
            throw new MissingSetting(problem.description(), problem.action());
        });
        return new IdentityToken(key);
    }
}
