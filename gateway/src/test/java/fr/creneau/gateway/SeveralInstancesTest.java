package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BOOKING_URL lists two instances: the booking routes' reads reach both, in turn; a commune's writes always reach
 * the same one, and the communes are spread over both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeveralInstancesTest {

    private static final List<WireMockServer> BOOKING = List.of(
            new WireMockServer(options().dynamicPort()), new WireMockServer(options().dynamicPort()));

    static {
        BOOKING.forEach(server -> {
            server.start();
            server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{}")));
        });
    }

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void twoBookingServices(DynamicPropertyRegistry registry) {
        GatewayIntegrationTest.database(registry);
        registry.add("BOOKING_URL", () -> BOOKING.get(0).baseUrl() + "," + BOOKING.get(1).baseUrl());
        // sixty reservations from one test client: the per-address limit is DefaultRateLimitsTest's business
        registry.add("creneau.gateway.rate-limit.sensitive.requests", () -> "1000");
    }

    @AfterAll
    static void stop() {
        BOOKING.forEach(WireMockServer::stop);
    }

    @BeforeEach
    void forget() {
        BOOKING.forEach(WireMockServer::resetRequests);
    }

    @Test
    void readsAreSpreadOverTheInstances() {
        for (int i = 0; i < 10; i++) {
            web.get().uri("/api/booking/communes/villeneuve/availability").exchange().expectStatus().isOk();
        }

        assertThat(BOOKING.get(0).findAll(anyRequestedFor(urlPathMatching("/api/booking/.*")))).hasSize(5);
        assertThat(BOOKING.get(1).findAll(anyRequestedFor(urlPathMatching("/api/booking/.*")))).hasSize(5);
    }

    @Test
    void aCommunesWritesAlwaysReachTheSameInstanceAndTheCommunesAreSpread() {
        for (int commune = 0; commune < 20; commune++) {
            for (int i = 0; i < 3; i++) {
                web.post().uri("/api/booking/communes/commune-%d/reservations".formatted(commune))
                        .header("Content-Type", "application/json").bodyValue("{}")
                        .exchange().expectStatus().isOk();
            }
        }

        List<Set<String>> communesOf = BOOKING.stream().map(server -> server
                .findAll(postRequestedFor(urlPathMatching("/api/booking/communes/.*/reservations"))).stream()
                .map(request -> request.getUrl().split("/")[4]).collect(Collectors.toSet())).toList();
        assertThat(communesOf.get(0)).as("no commune's writes went to both instances")
                .doesNotContainAnyElementsOf(communesOf.get(1));
        assertThat(communesOf.get(0).size() + communesOf.get(1).size()).isEqualTo(20);
        assertThat(communesOf).allSatisfy(communes -> assertThat(communes).isNotEmpty());
    }
}
