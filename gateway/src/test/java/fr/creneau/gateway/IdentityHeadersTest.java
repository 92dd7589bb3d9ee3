package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeadersTest extends GatewayTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

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
                .header("X-Creneau-Agent-Whatever", "x")
                .exchange()
                .expectStatus().isOk();

        assertThat(lastRequest().getHeaders().keys())
                .noneMatch(name -> name.toLowerCase().startsWith("x-creneau-agent-"));
    }

    @Test
    void aSignedInAgentsIdentityReachesTheServices() {
        AgentSession admin = admin();
        admin.post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "jeanne.agent",
                "displayName", "Jeanne d'Arc-Éléonore", "password", PASSWORD, "roles", List.of("AGENT",
                        "SERVICE_MANAGER"), "agentId", "agent-42")).expectStatus().isCreated();
        AgentSession agent = signIn("jeanne.agent", PASSWORD);
        String accountId = agent.get("/api/me").expectBody(Map.class).returnResult().getResponseBody()
                .get("accountId").toString();

        agent.get("/api/planning/communes/villeneuve/places").expectStatus().isOk();

        LoggedRequest request = lastRequest();
        assertThat(request.getHeader("X-Creneau-Agent-Account")).isEqualTo(accountId);
        assertThat(request.getHeader("X-Creneau-Agent-Commune")).isEqualTo("villeneuve");
        assertThat(request.getHeader("X-Creneau-Agent-Roles")).isEqualTo("SERVICE_MANAGER,AGENT");
        assertThat(request.getHeader("X-Creneau-Agent-Id")).isEqualTo("agent-42");
        assertThat(request.getHeader("X-Creneau-Agent-Name")).doesNotContain(" ", "+", "É");
        assertThat(URLDecoder.decode(request.getHeader("X-Creneau-Agent-Name"), StandardCharsets.UTF_8))
                .isEqualTo("Jeanne d'Arc-Éléonore");
    }

    @Test
    void aSignedInAgentCannotPassForSomeoneElse() {
        AgentSession agent = signIn(admin().createAccount("villeneuve", PASSWORD, "AGENT"), PASSWORD);

        web.get().uri("/api/planning/communes/villeneuve/places")
                .cookie("SESSION", agent.sessionCookie())
                .header("X-Creneau-Agent-Roles", "COMMUNE_ADMIN")
                .header("X-Creneau-Agent-Commune", "autreville")
                .header("X-Creneau-Agent-Id", "someone-else")
                .exchange()
                .expectStatus().isOk();

        LoggedRequest request = lastRequest();
        assertThat(request.getHeaders().getHeader("X-Creneau-Agent-Roles").values()).containsExactly("AGENT");
        assertThat(request.getHeaders().getHeader("X-Creneau-Agent-Commune").values()).containsExactly("villeneuve");
        assertThat(request.containsHeader("X-Creneau-Agent-Id")).isFalse();
    }

    @Test
    void thePlatformAdministratorIsSentWithoutACommune() {
        admin().post("/api/planning/communes", Map.of("slug", "villeneuve")).expectStatus().isOk();

        LoggedRequest request = lastRequest();
        assertThat(request.getHeader("X-Creneau-Agent-Roles")).isEqualTo("PLATFORM_ADMIN");
        assertThat(request.containsHeader("X-Creneau-Agent-Commune")).isFalse();
    }

    private static LoggedRequest lastRequest() {
        List<LoggedRequest> requests = Downstream.SERVICES.findAll(anyRequestedFor(urlPathMatching("/.*")));
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }
}
