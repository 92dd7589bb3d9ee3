package fr.creneau.gateway.identity;

import fr.creneau.gateway.startup.MissingSetting;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
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
        return tokens.sign(new AgentIdentity(accountId, communeId, roles, agentId, displayName), clock.instant());
    }

    /** No default key: identities signed with a well-known one would be anyone's to forge. */
    private static IdentityToken tokens(String key) {
        if (key == null || key.isBlank()) {
            throw new MissingSetting("CRENEAU_IDENTITY_KEY n'est pas défini : c'est la clé avec laquelle la passerelle "
                    + "signe l'identité des agents pour les services.",
                    "Donnez la même clé secrète (32 caractères ou plus, par exemple le résultat de "
                            + "« openssl rand -base64 48 ») à la passerelle et aux quatre services dans "
                            + "CRENEAU_IDENTITY_KEY. ./creneau en crée une à son premier démarrage.");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length < IdentityToken.MINIMUM_KEY_BYTES) {
            throw new MissingSetting("CRENEAU_IDENTITY_KEY est trop courte : il faut au moins "
                    + IdentityToken.MINIMUM_KEY_BYTES + " octets pour signer en HMAC-SHA256.",
                    "Choisissez une clé secrète plus longue, par exemple le résultat de « openssl rand -base64 48 », "
                            + "et donnez-la à la passerelle et aux quatre services.");
        }
        return new IdentityToken(key);
    }
}
