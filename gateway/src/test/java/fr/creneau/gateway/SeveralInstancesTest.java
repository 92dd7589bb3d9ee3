package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** BOOKING_URL lists two instances: the booking routes reach both, in turn. */
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
    }

    @AfterAll
    static void stop() {
        BOOKING.forEach(WireMockServer::stop);
    }

    @Test
    void requestsToOneServiceAreSpreadOverItsInstances() {
        for (int i = 0; i < 10; i++) {
            web.get().uri("/api/booking/communes/villeneuve/availability").exchange().expectStatus().isOk();
        }

        assertThat(BOOKING.get(0).findAll(anyRequestedFor(urlPathMatching("/api/booking/.*")))).hasSize(5);
        assertThat(BOOKING.get(1).findAll(anyRequestedFor(urlPathMatching("/api/booking/.*")))).hasSize(5);
    }
}
