package fr.creneau.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityTokenTest {

    private static final String KEY = "la-clé-que-partagent-la-passerelle-et-les-services";
    private static final String NOT_SIGNED = "L'identité de l'agent n'est pas signée par la passerelle";

    private final IdentityToken tokens = new IdentityToken(KEY);
    private final Instant now = Instant.parse("2030-03-04T09:00:00Z");
    private final AgentIdentity jeanne = new AgentIdentity("compte-7", "villeneuve",
            Set.of(Role.SERVICE_MANAGER, Role.AGENT), "agent-42", "Jeanne d'Arc-Éléonore");

    @Test
    void anIdentityReadsBackAsTheGatewaySignedIt() {
        assertThat(tokens.verify(tokens.sign(jeanne, now), now.plusSeconds(30))).isEqualTo(jeanne);

        AgentIdentity platform = new AgentIdentity("compte-1", null, Set.of(Role.PLATFORM_ADMIN), null, null);
        assertThat(tokens.verify(tokens.sign(platform, now), now)).isEqualTo(platform);
    }

    @Test
    void aManagersServicesAndAPartnersTypeReadBack() {
        AgentIdentity manager = new AgentIdentity("compte-8", "villeneuve", Set.of(Role.SERVICE_MANAGER), null,
                "Sophie", java.util.List.of("etat-civil", "etrangers"), null);
        AgentIdentity partner = new AgentIdentity("compte-9", "villeneuve", Set.of(Role.PARTNER), null, "Léa",
                java.util.List.of(), "travailleur-social");

        assertThat(tokens.verify(tokens.sign(manager, now), now).serviceIds()).containsExactly("etat-civil", "etrangers");
        assertThat(tokens.verify(tokens.sign(partner, now), now)).isEqualTo(partner);
        assertThat(partner.isOnlyAPartner()).isTrue();
        assertThat(partner.belongsTo("villeneuve")).isTrue();
    }

    @Test
    void aTokenIsWorthNothingAMinuteAfterItWasSigned() {
        String token = tokens.sign(jeanne, now);

        assertThatThrownBy(() -> tokens.verify(token, now.plus(IdentityToken.LIFETIME).plusSeconds(10)))
                .isInstanceOf(RefusedIdentityException.class)
                .hasMessage("L'identité transmise par la passerelle a expiré : elle ne vaut que pour la requête qui la porte.");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = new IdentityToken("une-autre-clé-assez-longue-pour-hmac-sha256").sign(jeanne, now);

        assertThatThrownBy(() -> tokens.verify(forged, now)).hasMessageStartingWith(NOT_SIGNED);
    }

    @Test
    void aSignedTokenWhoseClaimsWereChangedIsRefused() {
        String[] parts = tokens.sign(jeanne, now).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("villeneuve", "autreville");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> tokens.verify(tampered, now)).hasMessageStartingWith(NOT_SIGNED);
    }

    @Test
    void anUnsignedTokenOrGarbageIsRefused() {
        String unsigned = new PlainJWT(claims("creneau-gateway", "creneau-services")).serialize();

        for (String token : List.of(unsigned, "pas-un-jeton", "a.b.c", "")) {
            assertThatThrownBy(() -> tokens.verify(token, now)).as(token).hasMessageStartingWith(NOT_SIGNED);
        }
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherAudienceIsRefusedEvenWithTheKey() throws Exception {
        for (JWTClaimsSet claims : List.of(claims("quelqu-un", "creneau-services"), claims("creneau-gateway", "ailleurs"))) {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(KEY.getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(() -> tokens.verify(jwt.serialize(), now)).hasMessageStartingWith(NOT_SIGNED);
        }
    }

    @Test
    void aKeyShorterThanTheHashIsRefused() {
        assertThatThrownBy(() -> new IdentityToken("courte")).isInstanceOf(IllegalArgumentException.class);
    }

    private JWTClaimsSet claims(String issuer, String audience) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("compte-7")
                .expirationTime(Date.from(now.plusSeconds(60))).claim("commune", "villeneuve")
                .claim("roles", List.of("COMMUNE_ADMIN")).build();
    }
}
