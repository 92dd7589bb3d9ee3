package fr.creneau.gateway;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's mistake stays that client's: a form where JSON is expected, a body that stops half-way, a body far too
 * large. None of them makes a service wait, and none is counted against the route's circuit breaker.
 */
class ClientMistakesTest extends GatewayIntegrationTest {

    private static final String PASSWORD = "mot-de-passe-du-test";
    private static final String RESERVATIONS = "/api/booking/communes/villeneuve/reservations";

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @BeforeEach
    void servicesAnswer() {
        Downstream.SERVICES.resetAll();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(415)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":415}")));
    }

    @Test
    void formEncodedWritesWithASessionReachTheServiceWholeAndQuickly() throws Exception {
        AgentSession admin = signIn(admin().createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);
        String reminders = "/api/notifications/communes/villeneuve/reminders";
        long failuresBefore = failedCalls("notifications");

        List<Integer> statuses = twelveAtOnce(() -> web.mutate().responseTimeout(Duration.ofSeconds(5)).build()
                .put().uri(reminders)
                .cookie("SESSION", admin.sessionCookie()).cookie("XSRF-TOKEN", admin.xsrfToken())
                .header("X-XSRF-TOKEN", admin.xsrfToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("delays=48h")
                .exchange().returnResult(String.class).getStatus().value());

        assertThat(statuses).as("the service's own answer, not the circuit breaker's 503").containsOnly(415);
        List<LoggedRequest> received = Downstream.SERVICES.findAll(putRequestedFor(urlPathEqualTo(reminders)));
        assertThat(received).hasSize(12).allSatisfy(request -> assertThat(request.getBodyAsString()).isEqualTo("delays=48h"));
        assertThat(failedCalls("notifications")).isEqualTo(failuresBefore);
        assertThat(state("notifications")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theCsrfTokenIsReadFromTheHeaderOnlyNeverFromAFormField() {
        AgentSession admin = signIn(admin().createAccount("villeneuve", PASSWORD, "COMMUNE_ADMIN"), PASSWORD);

        web.put().uri("/api/notifications/communes/villeneuve/reminders")
                .cookie("SESSION", admin.sessionCookie()).cookie("XSRF-TOKEN", admin.xsrfToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("_csrf=" + admin.xsrfToken())
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.title").isEqualTo("Jeton de sécurité manquant ou invalide");
        assertThat(Downstream.SERVICES.findAll(anyRequestedFor(urlPathMatching("/api/.*")))).isEmpty();
    }

    @Test
    void aBodyThatStopsHalfWayIsA408AndNoServiceWaitsForIt() throws Exception {
        long failuresBefore = failedCalls("booking");
        String head = "POST " + RESERVATIONS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100";

        List<RawHttp.Reply> replies = twelveAtOnce(() -> RawHttp.halfABody(port, head, "{\"persons\":"));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(408);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.body()).contains("n'est pas arrivé en entier à temps (2 s)");
            assertThat(reply.took()).isLessThan(Duration.ofSeconds(10));
        });
        assertThat(Downstream.SERVICES.findAll(anyRequestedFor(urlPathEqualTo(RESERVATIONS)))).isEmpty();
        assertThat(failedCalls("booking")).isEqualTo(failuresBefore);
        assertThat(state("booking")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aBodyPastTheLimitIsA413InFrenchAndNeverForwarded() {
        byte[] tenMegabytes = ("{\"remark\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        RawHttp.Reply announced = RawHttp.send(RawHttp.to(port, RESERVATIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tenMegabytes)));
        RawHttp.Reply chunked = RawHttp.send(RawHttp.to(port, RESERVATIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tenMegabytes))));

        assertThat(List.of(announced, chunked)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(413);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.body()).contains("Le corps de la requête dépasse la taille acceptée (64 Ko).");
        });
        assertThat(Downstream.SERVICES.findAll(anyRequestedFor(urlPathEqualTo(RESERVATIONS)))).isEmpty();
    }

    @Test
    void aBodySentInChunksUnderTheLimitIsForwardedWholeWithItsLength() {
        String body = "{\"remark\":\"" + "é".repeat(5000) + "\"}";

        RawHttp.send(RawHttp.to(port, RESERVATIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))));

        LoggedRequest forwarded = Downstream.SERVICES.findAll(postRequestedFor(urlPathEqualTo(RESERVATIONS))).get(0);
        assertThat(forwarded.getBodyAsString()).isEqualTo(body);
        assertThat(forwarded.getHeader("Content-Length"))
                .isEqualTo(Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
    }

    private static <T> List<T> twelveAtOnce(Callable<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<Future<T>> futures = threads.invokeAll(IntStream.range(0, 12).mapToObj(i -> call).toList());
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Read only: asking the registry for a breaker the route has not made yet would make it with other settings. */
    private long failedCalls(String route) {
        return circuitBreakers.getCircuitBreakerRegistry().find(route)
                .map(breaker -> (long) breaker.getMetrics().getNumberOfFailedCalls()).orElse(0L);
    }

    private CircuitBreaker.State state(String route) {
        return circuitBreakers.getCircuitBreakerRegistry().find(route).map(CircuitBreaker::getState)
                .orElse(CircuitBreaker.State.CLOSED);
    }
}
