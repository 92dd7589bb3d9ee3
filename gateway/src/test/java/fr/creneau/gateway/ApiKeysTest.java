package fr.creneau.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's API keys: made by its administrator and shown once, presented as a bearer token, turned into the
 * identity the gateway signs for the services; a read key only reads, a revoked or unknown one is 401, and a key
 * reaches only its own commune.
 */
class ApiKeysTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";
    private static final IdentityToken SERVICES_READER = new IdentityToken(AgentHeaders.KEY);

    private final String commune = "cles-" + UUID.randomUUID().toString().substring(0, 8);
    private AgentSession communeAdmin;

    @BeforeEach
    void aCommuneWithItsAdministrator() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        String username = admin().createAccount(commune, PASSWORD, "COMMUNE_ADMIN");
        communeAdmin = signIn(username, PASSWORD);
    }

    private JsonNode create(String label, String scope) {
        return communeAdmin.post(keysPath(), Map.of("label", label, "scope", scope))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String keysPath() {
        return "/api/integrations/communes/" + commune + "/api-keys";
    }

    private String appointments() {
        return "/api/booking/agent/communes/" + commune + "/appointments";
    }

    @Test
    void aReadKeyGetsTheAgentApiAsAnAgentOfItsCommuneAndIsShownOnce() {
        JsonNode created = create("Logiciel d'état civil", "READ");
        String key = created.get("key").asText();
        assertThat(key).startsWith("crn_").hasSize(47);

        web.get().uri(appointments()).header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isOk();

        LoggedRequest forwarded = lastRequestTo(commune);
        assertThat(forwarded.getHeaders().keys()).noneMatch(name -> name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION));
        AgentIdentity identity = SERVICES_READER.verify(forwarded.getHeader(IdentityToken.HEADER), Instant.now());
        assertThat(identity).isEqualTo(new AgentIdentity(created.get("id").asText(), commune, Set.of(Role.AGENT), null,
                "Clé d'API « Logiciel d'état civil »"));

        JsonNode listed = communeAdmin.get(keysPath()).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get(0);
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.get("prefix").asText()).isEqualTo(key.substring(0, 10));
        assertThat(listed.get("scope").asText()).isEqualTo("READ");
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void aReadKeyCannotWriteAndIsToldSoInFrench() {
        String key = create("Tableau de bord", "READ").get("key").asText();

        web.post().uri(appointments()).header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("lecture seule"));

        assertThat(Downstream.SERVICES.findAll(anyRequestedFor(urlPathMatching("/api/.*" + commune + ".*")))).isEmpty();
    }

    @Test
    void aWriteKeyWritesWithoutCsrfTokenAndTheDedicatedHeaderWorksToo() {
        String key = create("Guichet unique", "WRITE").get("key").asText();

        web.post().uri(appointments()).header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isOk();
        assertThat(lastRequestTo(commune).getMethod().getName()).isEqualTo("POST");
    }

    @Test
    void aKeyReachesOnlyItsOwnCommuneAndManagesNoKeys() {
        String key = create("Portail", "WRITE").get("key").asText();

        web.get().uri("/api/booking/agent/communes/une-autre-commune/appointments")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("une-autre-commune"));
        web.post().uri(keysPath()).header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("label", "x", "scope", "WRITE")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aRevokedOrUnknownKeyIsRefusedWith401() {
        JsonNode created = create("Ancien prestataire", "WRITE");
        String key = created.get("key").asText();
        web.get().uri(appointments()).header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isOk();

        communeAdmin.request(org.springframework.http.HttpMethod.DELETE, keysPath() + "/" + created.get("id").asText(),
                null).expectStatus().isNoContent();

        web.get().uri(appointments()).header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Clé d'API refusée");
        web.get().uri(appointments()).header(HttpHeaders.AUTHORIZATION, "Bearer crn_" + "A".repeat(43)).exchange()
                .expectStatus().isUnauthorized();
        JsonNode listed = communeAdmin.get(keysPath()).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(listed.get(0).get("revokedAt").isNull()).isFalse();
    }

    @Test
    void onlyTheCommuneAdministratorMakesKeysAndABadRequestIsExplained() {
        String agent = admin().createAccount(commune, PASSWORD, "AGENT");
        signIn(agent, PASSWORD).post(keysPath(), Map.of("label", "x", "scope", "READ")).expectStatus().isForbidden();

        communeAdmin.post(keysPath(), Map.of("label", " ", "scope", "READ"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("label"));
        communeAdmin.post(keysPath(), Map.of("label", "x")).expectStatus().isBadRequest();
        communeAdmin.post(keysPath(), Map.of("label", "x", "scope", "ADMIN")).expectStatus().isBadRequest();
        communeAdmin.request(org.springframework.http.HttpMethod.DELETE, keysPath() + "/" + UUID.randomUUID(), null)
                .expectStatus().isNotFound();
    }

    private static LoggedRequest lastRequestTo(String commune) {
        List<LoggedRequest> requests = Downstream.SERVICES.findAll(anyRequestedFor(urlPathMatching("/api/.*" + commune + ".*")));
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }
}
