package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

class AccountsApiTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

    /** planning-service knows agent-7 in villeneuve, and agent-b in autreville only. */
    @BeforeEach
    void planningKnowsTheAgentsOfEachCommune() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/villeneuve/agents/agent-7"))
                .willReturn(okJson("{\"agentId\":\"agent-7\",\"communeId\":\"villeneuve\"}")));
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/autreville/agents/agent-b"))
                .willReturn(okJson("{\"agentId\":\"agent-b\",\"communeId\":\"autreville\"}")));
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/villeneuve/agents/agent-b"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Introuvable\",\"status\":404}")));
    }

    @Test
    void thePlatformAdministratorCreatesACommunesFirstAdministratorWhoThenSignsIn() {
        admin().post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "maire.villeneuve",
                        "displayName", "Marie Dupont", "email", "marie@villeneuve.fr", "password", PASSWORD,
                        "roles", List.of("COMMUNE_ADMIN")))
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> location.startsWith(
                        "/api/accounts/communes/villeneuve/accounts/"))
                .expectBody()
                .jsonPath("$.username").isEqualTo("maire.villeneuve")
                .jsonPath("$.communeId").isEqualTo("villeneuve")
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.password").doesNotExist()
                .jsonPath("$.passwordHash").doesNotExist();

        signIn("maire.villeneuve", PASSWORD).get("/api/accounts/communes/villeneuve/accounts")
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(hasItem("maire.villeneuve"));
    }

    @Test
    void anAccountThatBreaksTheRulesIsRefusedFieldByFieldInFrench() {
        admin().post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "x", "displayName", " ",
                        "password", "court", "roles", List.of("PLATFORM_ADMIN"), "email", "pas-une-adresse"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(
                        (List<String>) fields).containsExactlyInAnyOrder("username", "displayName", "email", "password",
                        "roles"));
    }

    @Test
    void aUsernameIsTakenOnceWhateverItsCase() {
        AgentSession admin = admin();
        String username = admin.createAccount("villeneuve", PASSWORD, "AGENT");

        admin.post("/api/accounts/communes/autreville/accounts", Map.of("username", username.toUpperCase(),
                        "displayName", "Homonyme", "password", PASSWORD, "roles", List.of("AGENT")))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Compte déjà existant");
    }

    @Test
    void aCommunesAdministratorManagesItsAgentsButNeverAnotherCommunes() {
        AgentSession platform = admin();
        AgentSession villeneuve = signIn(platform.createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        String agent = villeneuve.createAccount("villeneuve", PASSWORD, "AGENT");
        String agentId = signIn(agent, PASSWORD).get("/api/me").expectBody(Map.class).returnResult()
                .getResponseBody().get("accountId").toString();

        villeneuve.put("/api/accounts/communes/villeneuve/accounts/" + agentId, Map.of("displayName", "Chef",
                        "roles", List.of("SERVICE_MANAGER", "AGENT"), "enabled", true, "agentId", "agent-7"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles").value(roles -> assertThat(
                        (List<String>) roles).containsExactlyInAnyOrder("SERVICE_MANAGER", "AGENT"));
        signIn(agent, PASSWORD).get("/api/me").expectBody().jsonPath("$.agentId").isEqualTo("agent-7");

        AgentSession autreville = signIn(platform.createAccount("autreville", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        autreville.put("/api/accounts/communes/villeneuve/accounts/" + agentId, Map.of("displayName", "Pirate",
                "roles", List.of("COMMUNE_ADMIN"), "enabled", true)).expectStatus().isForbidden();
        // through its own commune's address, another commune's account does not exist
        autreville.put("/api/accounts/communes/autreville/accounts/" + agentId, Map.of("displayName", "Pirate",
                "roles", List.of("COMMUNE_ADMIN"), "enabled", true)).expectStatus().isNotFound();
        autreville.get("/api/accounts/communes/autreville/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(not(hasItem(agent)));
    }

    @Test
    void anAccountIsNeverLinkedToAnotherCommunesPlanningAgent() {
        AgentSession admin = admin();

        admin.post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "lien-b", "displayName", "Lien B",
                        "password", PASSWORD, "roles", List.of("AGENT"), "agentId", "agent-b"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Requête invalide")
                .jsonPath("$.errors[0].field").isEqualTo("agentId")
                .jsonPath("$.errors[0].message").isEqualTo(
                        "la commune « villeneuve » n'a pas d'agent « agent-b » dans ses plannings");

        String username = admin.createAccount("villeneuve", PASSWORD, "AGENT");
        String accountId = signIn(username, PASSWORD).get("/api/me").expectBody(Map.class).returnResult()
                .getResponseBody().get("accountId").toString();
        admin.put("/api/accounts/communes/villeneuve/accounts/" + accountId, Map.of("displayName", "Lien B",
                        "roles", List.of("AGENT"), "enabled", true, "agentId", "agent-b"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("agentId");
        signIn(username, PASSWORD).get("/api/me").expectBody().jsonPath("$.agentId").doesNotExist();
        admin.get("/api/accounts/communes/villeneuve/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(not(hasItem("lien-b")));
    }

    @Test
    void theGatewayAsksPlanningServiceWithAnIdentityItSignedForThatCommune() {
        admin().post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "lien-7", "displayName", "Lien 7",
                "password", PASSWORD, "roles", List.of("AGENT"), "agentId", "agent-7")).expectStatus().isCreated();

        List<LoggedRequest> asked = Downstream.SERVICES.findAll(getRequestedFor(
                urlPathMatching("/api/planning/communes/villeneuve/agents/agent-7")));
        assertThat(asked).hasSize(1);
        AgentIdentity gateway = new IdentityToken(AgentHeaders.KEY).verify(asked.get(0).getHeader(IdentityToken.HEADER),
                Instant.now());
        assertThat(gateway.communeId()).isEqualTo("villeneuve");
        assertThat(gateway.roles()).containsExactly(Role.AGENT);
    }

    @Test
    void notificationServiceIsToldTheAddressesOfACommunesEnabledAdministratorsAfterEachChange() {
        String commune = "admins-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/internal/notifications/communes/" + commune + "/administrators";
        Downstream.SERVICES.stubFor(put(urlPathEqualTo(path)).willReturn(okJson("{}")));
        AgentSession admin = admin();
        admin.post("/api/accounts/communes/" + commune + "/accounts", Map.of("username", commune + "-maire",
                "displayName", "Maire", "email", commune + "@mairie.fr", "password", PASSWORD,
                "roles", List.of("COMMUNE_ADMIN"))).expectStatus().isCreated();
        String agentId = admin.post("/api/accounts/communes/" + commune + "/accounts", Map.of("username",
                        commune + "-agent", "displayName", "Agent", "email", commune + "-agent@mairie.fr",
                        "password", PASSWORD, "roles", List.of("AGENT"))).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("accountId").toString();

        LoggedRequest told = await().atMost(Duration.ofSeconds(10)).until(() -> lastPut(path), request -> request != null
                && request.getBodyAsString().contains(commune + "@mairie.fr"));
        assertThat(told.getBodyAsString()).doesNotContain("-agent@");
        AgentIdentity gateway = new IdentityToken(AgentHeaders.KEY).verify(told.getHeader(IdentityToken.HEADER),
                Instant.now());
        assertThat(gateway.accountId()).isEqualTo(IdentityToken.GATEWAY_ITSELF);
        assertThat(gateway.communeId()).isEqualTo(commune);

        admin.put("/api/accounts/communes/" + commune + "/accounts/" + agentId, Map.of("displayName", "Agent",
                "email", commune + "-agent@mairie.fr", "roles", List.of("COMMUNE_ADMIN", "AGENT"), "enabled", true))
                .expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> lastPut(path), request -> request != null
                && request.getBodyAsString().contains(commune + "-agent@mairie.fr")
                && request.getBodyAsString().contains(commune + "@mairie.fr"));
    }

    @Test
    void bookingServiceIsToldTheDisabledAccountsOfTheCommuneSoThatTheirCalendarFeedsGo() {
        String commune = "feeds-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/internal/booking/communes/" + commune + "/disabled-accounts";
        Downstream.SERVICES.stubFor(put(urlPathEqualTo(path)).willReturn(okJson("{\"revoked\":1}")));
        AgentSession admin = admin();
        String leaving = admin.post("/api/accounts/communes/" + commune + "/accounts", Map.of("username",
                        commune + "-part", "displayName", "Part", "password", PASSWORD, "roles", List.of("AGENT")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("accountId")
                .toString();
        admin.post("/api/accounts/communes/" + commune + "/accounts", Map.of("username", commune + "-reste",
                "displayName", "Reste", "password", PASSWORD, "roles", List.of("AGENT"))).expectStatus().isCreated();
        assertThat(lastPut(path)).isNull();

        admin.put("/api/accounts/communes/" + commune + "/accounts/" + leaving, Map.of("displayName", "Part",
                "roles", List.of("AGENT"), "enabled", false)).expectStatus().isOk();

        LoggedRequest told = await().atMost(Duration.ofSeconds(10)).until(() -> lastPut(path), request -> request != null);
        assertThat(told.getBodyAsString()).isEqualTo("{\"accountIds\":[\"" + leaving + "\"]}");
        AgentIdentity gateway = new IdentityToken(AgentHeaders.KEY).verify(told.getHeader(IdentityToken.HEADER),
                Instant.now());
        assertThat(gateway.accountId()).isEqualTo(IdentityToken.GATEWAY_ITSELF);
        assertThat(gateway.communeId()).isEqualTo(commune);
    }

    private static LoggedRequest lastPut(String path) {
        List<LoggedRequest> puts = Downstream.SERVICES.findAll(putRequestedFor(urlPathEqualTo(path)));
        return puts.isEmpty() ? null : puts.get(puts.size() - 1);
    }

    @Test
    void whenPlanningServiceCannotAnswerTheLinkIsRefusedNotAccepted() {
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/villeneuve/agents/agent-reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Downstream.SERVICES.stubFor(get(urlPathMatching("/api/planning/communes/villeneuve/agents/agent-500"))
                .willReturn(aResponse().withStatus(500)));
        AgentSession admin = admin();

        for (String agentId : List.of("agent-reset", "agent-500")) {
            admin.post("/api/accounts/communes/villeneuve/accounts", Map.of("username", "lien-" + agentId,
                            "displayName", "Lien", "password", PASSWORD, "roles", List.of("AGENT"), "agentId", agentId))
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.title").isEqualTo("Service indisponible")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("service des plannings", agentId));
        }
        admin.get("/api/accounts/communes/villeneuve/accounts").expectStatus().isOk()
                .expectBody().jsonPath("$[*].username").value(not(hasItem("lien-agent-reset")));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        AgentSession admin = signIn(admin().createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        String myself = admin.get("/api/me").expectBody(Map.class).returnResult().getResponseBody()
                .get("accountId").toString();

        admin.put("/api/accounts/communes/villeneuve/accounts/" + myself, Map.of("displayName", "Moi",
                        "roles", List.of("AGENT"), "enabled", true))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Modification refusée");
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        AgentSession admin = admin();
        String username = admin.createAccount("villeneuve", PASSWORD, "AGENT");
        String id = signIn(username, PASSWORD).get("/api/me").expectBody(Map.class).returnResult().getResponseBody()
                .get("accountId").toString();

        admin.put("/api/accounts/communes/villeneuve/accounts/" + id, Map.of("displayName", "Agent",
                "roles", List.of("AGENT"), "enabled", true, "password", "un-nouveau-mot-de-passe")).expectStatus().isOk();

        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
        signIn(username, "un-nouveau-mot-de-passe");
    }
}
