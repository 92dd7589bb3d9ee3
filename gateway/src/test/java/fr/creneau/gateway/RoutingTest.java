package fr.creneau.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

class RoutingTest extends GatewayIntegrationTest {

    @BeforeEach
    void echoEveryPath() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"path\":\"{{request.path}}\"}")
                        .withTransformers("response-template")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/planning/communes/villeneuve", "/api/booking/communes/villeneuve/availability",
            "/api/notifications/merge-fields", "/api/stats/communes/villeneuve/summary"})
    void eachServicePrefixReachesItsServiceWithThePathUnchanged(String path) {
        AgentSession agent = signIn(admin().createAccount("villeneuve", "mot-de-passe-agent", "AGENT"),
                "mot-de-passe-agent");

        agent.get(path + "?from=2026-12-01")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(path);

        Downstream.SERVICES.verify(getRequestedFor(urlEqualTo(path + "?from=2026-12-01")));
    }

    @Test
    void aPostBodyIsForwardedAsItIs() {
        admin().post("/api/planning/communes", Map.of("slug", "villeneuve", "name", "Villeneuve"))
                .expectStatus().isOk();

        Downstream.SERVICES.verify(postRequestedFor(urlEqualTo("/api/planning/communes"))
                .withRequestBody(equalToJson("{\"slug\":\"villeneuve\",\"name\":\"Villeneuve\"}")));
    }

    @Test
    void aServicesOwnProblemIsPassedThroughUntouched() {
        Downstream.SERVICES.stubFor(post(urlEqualTo("/api/booking/appointments/a1/confirmation"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Requête invalide\",\"status\":400,\"triesLeft\":2}")));

        web.post().uri("/api/booking/appointments/a1/confirmation").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\":\"000000\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.triesLeft").isEqualTo(2);
    }

    @Test
    void aServicesApiDocumentIsReachableUnderItsName() {
        Downstream.SERVICES.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.0.1\"}")));

        web.get().uri("/api-docs/booking").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.0.1");
    }

    @Test
    void anUnknownPathIsNotFound() {
        admin().get("/api/unknown/things").expectStatus().isNotFound();
    }
}
