package fr.creneau.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in agent as the gateway asserts it to a service: a JWT signed with HMAC-SHA256 under the key both are
 * given (CRENEAU_IDENTITY_KEY), naming its issuer and audience, valid {@link #LIFETIME}. Whoever reaches a service
 * without the gateway cannot make one, and one read on the way is soon worthless. The gateway signs, the services
 * verify, with this one class.
 */
public final class IdentityToken {

    /** The only identity header: the gateway removes every header starting with {@link #HEADER_PREFIX} a client sends. */
    public static final String HEADER = "X-Creneau-Agent-Token";
    /** Lower case, as header names are compared. */
    public static final String HEADER_PREFIX = "x-creneau-agent-";
    public static final String ISSUER = "creneau-gateway";
    /**
     * The account the gateway names when it calls a service for itself (never an agent's: their ids are UUIDs), e.g.
     * to tell notification-service a commune's administrators' addresses.
     */
    public static final String GATEWAY_ITSELF = "passerelle";
    public static final String AUDIENCE = "creneau-services";
    public static final Duration LIFETIME = Duration.ofMinutes(1);
    /** HMAC-SHA256 wants a key at least as long as its output. */
    public static final int MINIMUM_KEY_BYTES = 32;
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final MACSigner signer;
    private final MACVerifier verifier;

    public IdentityToken(String key) {
        byte[] secret = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
        if (secret.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("an identity key has at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        try {
            signer = new MACSigner(secret);
            verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable identity key", e);
        }
    }

    public String sign(AgentIdentity identity, Instant now) {
        return sign(identity, now, LIFETIME);
    }

    /** The gateway's tokens live {@link #LIFETIME}; a test that keeps one over many calls may ask for longer. */
    public String sign(AgentIdentity identity, Instant now, Duration lifetime) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(identity.accountId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("commune", identity.communeId())
                .claim("roles", identity.roles().stream().map(Role::name).sorted().toList())
                .claim("agent", identity.agentId())
                .claim("name", identity.displayName())
                .claim("services", identity.serviceIds().isEmpty() ? null : identity.serviceIds())
                .claim("partner", identity.partnerType())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an identity", e);
        }
        return jwt.serialize();
    }

    /** The identity {@code token} asserts; refused when the gateway did not sign it with our key, or long ago. */
    public AgentIdentity verify(String token, Instant now) {
        JWTClaimsSet claims = signedClaims(token);
        if (!ISSUER.equals(claims.getIssuer()) || claims.getAudience() == null
                || !claims.getAudience().contains(AUDIENCE) || claims.getSubject() == null) {
            throw unsigned();
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || now.minus(CLOCK_SKEW).isAfter(expiry.toInstant())) {
            throw new RefusedIdentityException("L'identité transmise par la passerelle a expiré : "
                    + "elle ne vaut que pour la requête qui la porte.");
        }
        try {
            return new AgentIdentity(claims.getSubject(), claims.getStringClaim("commune"),
                    roles(claims.getStringListClaim("roles")), claims.getStringClaim("agent"),
                    claims.getStringClaim("name"), claims.getStringListClaim("services"),
                    claims.getStringClaim("partner"));
        } catch (ParseException e) {
            throw unsigned();
        }
    }

    private JWTClaimsSet signedClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw unsigned();
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw unsigned();
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst()
                    .ifPresent(roles::add));
        }
        return roles;
    }

    private static RefusedIdentityException unsigned() {
        return new RefusedIdentityException("L'identité de l'agent n'est pas signée par la passerelle : "
                + "les services ne répondent aux agents qu'à travers elle.");
    }
}
