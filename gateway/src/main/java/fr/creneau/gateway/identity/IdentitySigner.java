package fr.creneau.gateway.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.account.Role;
import fr.creneau.gateway.startup.MissingSetting;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Signs what the gateway asserts about an agent for the services: a JWT (HMAC-SHA256 under CRENEAU_IDENTITY_KEY)
 * from {@value #ISSUER} to {@value #AUDIENCE}, valid one minute, which platform's IdentityToken reads back.
 */
@Component
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentitySigner {

    /** The one identity header; every X-Creneau-Agent-* header a client sends is removed. */
    public static final String HEADER = "X-Creneau-Agent-Token";
    static final String HEADER_PREFIX = "x-creneau-agent-";
    static final String ISSUER = "creneau-gateway";
    static final String AUDIENCE = "creneau-services";
    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MINIMUM_KEY_BYTES = 32;

    private final MACSigner signer;
    private final Clock clock;

    IdentitySigner(IdentityProperties properties) {
        this.signer = signer(properties.key());
        this.clock = Clock.systemUTC();
    }

    /** The signed-in agent, as its account says now. */
    public String sign(Account account) {
        return sign(account.id().toString(), account.communeId(), account.roles(), account.agentId(),
                account.displayName());
    }

    public String sign(String accountId, String communeId, Set<Role> roles, String agentId, String displayName) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(accountId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("commune", communeId)
                .claim("roles", roles.stream().map(Role::name).sorted().toList())
                .claim("agent", agentId)
                .claim("name", displayName)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an identity", e);
        }
        return jwt.serialize();
    }

    /** No default key: identities signed with a well-known one would be anyone's to forge. */
    private static MACSigner signer(String key) {
        if (key == null || key.isBlank()) {
            throw new MissingSetting("CRENEAU_IDENTITY_KEY n'est pas défini : c'est la clé avec laquelle la passerelle "
                    + "signe l'identité des agents pour les services.",
                    "Donnez la même clé secrète (32 caractères ou plus, par exemple le résultat de "
                            + "« openssl rand -base64 48 ») à la passerelle et aux quatre services dans "
                            + "CRENEAU_IDENTITY_KEY. ./creneau en crée une à son premier démarrage.");
        }
        byte[] secret = key.getBytes(StandardCharsets.UTF_8);
        if (secret.length < MINIMUM_KEY_BYTES) {
            throw new MissingSetting("CRENEAU_IDENTITY_KEY est trop courte : il faut au moins " + MINIMUM_KEY_BYTES
                    + " octets pour signer en HMAC-SHA256.",
                    "Choisissez une clé secrète plus longue, par exemple le résultat de « openssl rand -base64 48 », "
                            + "et donnez-la à la passerelle et aux quatre services.");
        }
        try {
            return new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("unusable identity key", e);
        }
    }
}
