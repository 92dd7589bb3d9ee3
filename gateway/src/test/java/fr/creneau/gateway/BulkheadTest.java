package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The bulkhead in front of each route is the configured one, not Resilience4j's default of 25. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "creneau.gateway.circuit-breaker.max-concurrent-calls=3"})
class BulkheadTest {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4jBulkheadProvider bulkheads;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayIntegrationTest.database(registry);
        registry.add("BOOKING_URL", Downstream::url);
    }

    @Test
    void pastItsSizeConcurrentCallsToOneServiceGetTheFrench503AtOnce() throws Exception {
        Downstream.SERVICES.stubFor(get(urlPathEqualTo("/api/booking/communes/lente/availability")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(3_000)));

        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String address = FromAddress.loopback(200 + n);
            calls.add(clients.submit(() -> FromAddress.client(address, port).get()
                    .uri("/api/booking/communes/lente/availability").exchange().returnResult(String.class)
                    .getStatus().value()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> call : calls) {
            statuses.add(call.get());
        }
        clients.shutdown();

        assertThat(statuses).filteredOn(status -> status == 200).hasSizeBetween(1, 3);
        assertThat(statuses).filteredOn(status -> status == 503).hasSizeGreaterThanOrEqualTo(3);
        assertThat(bulkheads.getBulkheadRegistry().bulkhead("booking").getBulkheadConfig().getMaxConcurrentCalls())
                .isEqualTo(3);
    }
}
