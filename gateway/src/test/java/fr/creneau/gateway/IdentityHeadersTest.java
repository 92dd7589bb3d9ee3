package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway passes the signed-in agent to the services as one token it signs, read back here with the services'
 * own reader (platform's IdentityToken) under the key both are given: what the gateway writes is what they accept.
 */
class IdentityHeadersTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";
    private static final IdentityToken SERVICES_READER = new IdentityToken(AgentHeaders.KEY);

    @BeforeEach
    void servicesAnswer() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void headersAClientForgesAreRemovedBeforeAnyService() {
        web.get().uri("/api/booking/communes/villeneuve/availability")
                .header("X-Creneau-Agent-Account", "00000000-0000-0000-0000-000000000000")
                .header("X-Creneau-Agent-Commune", "villeneuve")
                .header("x-creneau-agent-roles", "COMMUNE_ADMIN")
                .header("X-CRENEAU-AGENT-ID", "ag1")
                .header("X-Creneau-Agent-Token", AgentHeaders.of("villeneuve").getFirst(IdentityToken.HEADER))
                .header("X-Creneau-Agent-Whatever", "x")
                .exchange()
                .expectStatus().isOk();

        assertThat(lastRequest().getHeaders().keys())
                .noneMatch(name -> name.toLowerCase().startsWith("x-creneau-agent-"));
    }

    @Test
    void aSignedInAgentsIdentityReachesTheServicesSignedForAMinute() throws Exception {
        AgentSession admin = admin();
        admin.post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "jeanne.agent",
                "displayName", "Jeanne d'Arc-Éléonore", "password", PASSWORD, "roles", List.of("AGENT",
                        "SERVICE_MANAGER"), "agentId", "agent-42")).expectStatus().isCreated();
        AgentSession agent = signIn("jeanne.agent", PASSWORD);
        String accountId = agent.get("/api/me").expectBody(Map.class).returnResult().getResponseBody()
                .get("accountId").toString();

        agent.get("/api/planning/communes/villeneuve/places").expectStatus().isOk();

        LoggedRequest request = lastRequest();
        assertThat(request.getHeaders().keys()).filteredOn(name -> name.toLowerCase().startsWith("x-creneau-agent-"))
                .containsExactly(IdentityToken.HEADER);
        String token = request.getHeader(IdentityToken.HEADER);
        assertThat(SERVICES_READER.verify(token, Instant.now())).isEqualTo(new AgentIdentity(accountId, "villeneuve",
                Set.of(Role.SERVICE_MANAGER, Role.AGENT), "agent-42", "Jeanne d'Arc-Éléonore"));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(IdentityToken.ISSUER);
        assertThat(claims.getAudience()).containsExactly(IdentityToken.AUDIENCE);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aSignedInAgentCannotPassForSomeoneElse() {
        AgentSession agent = signIn(admin().createAccount("villeneuve", PASSWORD, "AGENT"), PASSWORD);
        String forged = AgentHeaders.of(new AgentIdentity("someone-else", "autreville", Set.of(Role.COMMUNE_ADMIN),
                "someone-else", "Pirate")).getFirst(IdentityToken.HEADER);

        web.get().uri("/api/planning/communes/villeneuve/places")
                .cookie("SESSION", agent.sessionCookie())
                .header("X-Creneau-Agent-Roles", "COMMUNE_ADMIN")
                .header("X-Creneau-Agent-Commune", "autreville")
                .header(IdentityToken.HEADER, forged)
                .exchange()
                .expectStatus().isOk();

        LoggedRequest request = lastRequest();
        assertThat(request.getHeaders().getHeader(IdentityToken.HEADER).values()).hasSize(1);
        AgentIdentity forwarded = SERVICES_READER.verify(request.getHeader(IdentityToken.HEADER), Instant.now());
        assertThat(forwarded.communeId()).isEqualTo("villeneuve");
        assertThat(forwarded.roles()).containsExactly(Role.AGENT);
        assertThat(forwarded.agentId()).isNull();
        assertThat(request.containsHeader("X-Creneau-Agent-Roles")).isFalse();
    }

    @Test
    void thePlatformAdministratorIsSentWithoutACommune() {
        admin().post("/api/planning/communes", Map.of("slug", "villeneuve")).expectStatus().isOk();

        AgentIdentity forwarded = SERVICES_READER.verify(lastRequest().getHeader(IdentityToken.HEADER), Instant.now());
        assertThat(forwarded.roles()).containsExactly(Role.PLATFORM_ADMIN);
        assertThat(forwarded.communeId()).isNull();
    }

    private static LoggedRequest lastRequest() {
        List<LoggedRequest> requests = Downstream.SERVICES.findAll(anyRequestedFor(urlPathMatching("/api/.*")));
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }
}
