package fr.creneau.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutingTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"PLANNING_URL", "BOOKING_URL", "NOTIFICATION_URL", "STATS_URL"}) {
            registry.add(service, Downstream::url);
        }
    }

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
            "/api/notifications/dev-inbox", "/api/stats/communes/villeneuve/summary"})
    void eachServicePrefixReachesItsServiceWithThePathUnchanged(String path) {
        web.get().uri(path + "?from=2026-12-01").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(path);

        Downstream.SERVICES.verify(getRequestedFor(urlEqualTo(path + "?from=2026-12-01")));
    }

    @Test
    void aPostBodyIsForwardedAsItIs() {
        web.post().uri("/api/planning/communes").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"slug\":\"villeneuve\",\"name\":\"Villeneuve\"}")
                .exchange()
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
        web.get().uri("/api/unknown/things").exchange().expectStatus().isNotFound();
    }
}
