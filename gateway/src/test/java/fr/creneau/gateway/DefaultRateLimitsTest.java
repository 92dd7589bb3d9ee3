package fr.creneau.gateway;

import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits as they ship (nothing lifted, no trusted proxy), each client on a loopback address of its own, and a
 * second gateway on the same database: the budgets are per client and shared by every gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultRateLimitsTest {

    private static final String DATABASE = TestInfrastructure.newDatabase("gateway");
    private static final String ANTS_TOKEN = "jeton-de-l-ants";
    private static ConfigurableApplicationContext secondGateway;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("server.shutdown", () -> "immediate");
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestInfrastructure::postgresUser);
        registry.add("spring.datasource.password", TestInfrastructure::postgresPassword);
        registry.add("creneau.gateway.accounts.bcrypt-strength", () -> "4");
        registry.add("creneau.identity.key", () -> AgentHeaders.KEY);
        registry.add("creneau.gateway.accounts.bootstrap-admin.password", () -> GatewayIntegrationTest.ADMIN_PASSWORD);
        registry.add("BOOKING_URL", Downstream::url);
        registry.add("ANTS_EDITOR_TOKEN", () -> ANTS_TOKEN);
    }

    @BeforeEach
    void servicesAnswer() {
        Downstream.SERVICES.stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @AfterAll
    static void stopTheSecondGateway() {
        if (secondGateway != null) {
            secondGateway.close();
        }
    }

    @Test
    void theEleventhReservationOfAMinuteFromOneAddressIsRefusedInFrenchWithRetryAfter() {
        WebTestClient citizen = FromAddress.client(FromAddress.loopback(1), port);
        for (int i = 0; i < 10; i++) {
            reserve(citizen).expectStatus().isCreated();
        }

        reserve(citizen)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", value -> assertThat(Integer.parseInt(value)).isBetween(1, 6))
                .expectBody()
                .jsonPath("$.title").isEqualTo("Trop de demandes")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Patientez"))
                .jsonPath("$.status").isEqualTo(429);
    }

    @Test
    void fiftyCitizensFromFiftyAddressesAllReserveAndNoneIsCountedForAnother() {
        IntStream.range(100, 150).parallel().forEach(n ->
                reserve(FromAddress.client(FromAddress.loopback(n), port)).expectStatus().isCreated());

        WebTestClient oneOfThem = FromAddress.client(FromAddress.loopback(120), port);
        for (int i = 0; i < 9; i++) {
            reserve(oneOfThem).expectStatus().isCreated();
        }
        reserve(oneOfThem).expectStatus().isEqualTo(429);
    }

    @Test
    void aForwardedForHeaderChosenByTheClientIsNotTrusted() {
        WebTestClient bot = FromAddress.client(FromAddress.loopback(2), port);
        for (int i = 0; i < 10; i++) {
            reserve(bot, "203.0.113." + i).expectStatus().isCreated();
        }

        reserve(bot, "203.0.113.99").expectStatus().isEqualTo(429);
    }

    @Test
    void aSecondGatewayOnTheSameDatabaseDrawsFromTheSameBudget() {
        String address = FromAddress.loopback(3);
        WebTestClient throughFirst = FromAddress.client(address, port);
        WebTestClient throughSecond = FromAddress.client(address, secondGatewayPort());
        for (int i = 0; i < 5; i++) {
            reserve(throughFirst).expectStatus().isCreated();
            reserve(throughSecond).expectStatus().isCreated();
        }

        reserve(throughSecond).expectStatus().isEqualTo(429);
        reserve(throughFirst).expectStatus().isEqualTo(429);
        reserve(FromAddress.client(FromAddress.loopback(4), secondGatewayPort())).expectStatus().isCreated();
    }

    @Test
    void readingIsLimitedTooButToThreeHundredAMinute() {
        WebTestClient reader = FromAddress.client(FromAddress.loopback(5), port);
        long start = System.nanoTime();
        int granted = 0;
        while (granted < 2_000 && read(reader) == 201) {
            granted++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // the budget refills evenly, 5 a second, while the reader reads
        assertThat(granted).isGreaterThanOrEqualTo(300).isLessThanOrEqualTo(300 + (int) Math.ceil(seconds * 5) + 1);
        reserve(reader).expectStatus().isCreated();
    }

    @Test
    void theAntsSearchesBeyondACitizensThreeHundredAMinuteAndAWrongTokenDoesNot() {
        WebTestClient ants = FromAddress.client(FromAddress.loopback(6), port);
        WebTestClient pretender = FromAddress.client(FromAddress.loopback(7), port);
        for (int i = 0; i < 400; i++) {
            assertThat(searchAsTheAnts(ants, ANTS_TOKEN)).isEqualTo(201);
        }
        long start = System.nanoTime();
        int granted = 0;
        while (granted < 2_000 && searchAsTheAnts(pretender, "devine") == 201) {
            granted++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(granted).isGreaterThanOrEqualTo(300).isLessThanOrEqualTo(300 + (int) Math.ceil(seconds * 5) + 1);
    }

    private static int searchAsTheAnts(WebTestClient client, String token) {
        return client.get().uri("/api/booking/ants/availableTimeSlots?meeting_point_ids=p")
                .header("X-HUB-RDV-AUTH-TOKEN", token).exchange()
                .returnResult(String.class).getStatus().value();
    }

    private static int read(WebTestClient client) {
        return client.get().uri("/api/booking/communes/villeneuve/availability").exchange()
                .returnResult(String.class).getStatus().value();
    }

    private static WebTestClient.ResponseSpec reserve(WebTestClient client) {
        return client.post().uri("/api/booking/communes/villeneuve/reservations")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();
    }

    private static WebTestClient.ResponseSpec reserve(WebTestClient client, String forwardedFor) {
        return client.post().uri("/api/booking/communes/villeneuve/reservations")
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();
    }

    private static synchronized int secondGatewayPort() {
        if (secondGateway == null) {
            // Netty resources of its own: closing it must not dispose those the other gateways of this JVM use
            secondGateway = new SpringApplicationBuilder(GatewayApplication.class,
                    OwnEventLoops.class).run(
                    "--server.port=0", "--management.server.port=0", "--server.shutdown=immediate",
                    "--spring.datasource.url=" + DATABASE,
                    "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                    "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                    "--creneau.gateway.accounts.bcrypt-strength=4",
                    "--creneau.identity.key=" + AgentHeaders.KEY,
                    "--creneau.gateway.accounts.bootstrap-admin.password=" + GatewayIntegrationTest.ADMIN_PASSWORD,
                    "--BOOKING_URL=" + Downstream.url());
        }
        return ((WebServerApplicationContext) secondGateway).getWebServer().getPort();
    }
}
