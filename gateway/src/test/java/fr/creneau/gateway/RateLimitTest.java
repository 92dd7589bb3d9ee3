package fr.creneau.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy of ours (127.0.0.1 trusted): clients told apart by X-Forwarded-For, with small budgets
 * refilled over an hour so that nothing comes back during a test. {@link DefaultRateLimitsTest} tries the shipped
 * budgets without a trusted proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "creneau.gateway.rate-limit.trusted-proxies=127.0.0.1,::1",
        "creneau.gateway.rate-limit.sensitive.requests=2",
        "creneau.gateway.rate-limit.sensitive.period=1h",
        "creneau.gateway.rate-limit.general.requests=5",
        "creneau.gateway.rate-limit.general.period=1h",
        "creneau.gateway.rate-limit.login.requests=2",
        "creneau.gateway.rate-limit.login.period=1h",
        "creneau.gateway.rate-limit.ants.requests=8",
        "creneau.gateway.rate-limit.ants.period=1h",
        "creneau.gateway.rate-limit.ants-token=" + RateLimitTest.ANTS_TOKEN})
class RateLimitTest {

    static final String ANTS_TOKEN = "jeton-de-l-ants-du-test";

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayIntegrationTest.database(registry);
        registry.add("BOOKING_URL", Downstream::url);
        registry.add("PLANNING_URL", Downstream::url);
    }

    @BeforeEach
    void servicesAnswer() {
        // a loaded machine may take more than the client's default of 5 s
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        Downstream.SERVICES.stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void theThirdReservationFromOneClientIsRefusedWith429InFrench() {
        reserveFrom("203.0.113.1").expectStatus().isCreated();
        reserveFrom("203.0.113.1").expectStatus().isCreated();

        reserveFrom("203.0.113.1")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // the two refill in an hour: the next one in 30 minutes, less the seconds a loaded machine took
                .expectHeader().value("Retry-After", value -> assertThat(Integer.parseInt(value)).isBetween(1700, 1800))
                .expectBody()
                .jsonPath("$.title").isEqualTo("Trop de demandes")
                .jsonPath("$.status").isEqualTo(429);
    }

    @Test
    void codeAttemptsShareTheStrictBudget() {
        confirmFrom("203.0.113.2").expectStatus().isCreated();
        reserveFrom("203.0.113.2").expectStatus().isCreated();

        confirmFrom("203.0.113.2").expectStatus().isEqualTo(429);
    }

    @Test
    void anotherClientKeepsItsOwnBudget() {
        reserveFrom("203.0.113.3").expectStatus().isCreated();
        reserveFrom("203.0.113.3").expectStatus().isCreated();
        reserveFrom("203.0.113.3").expectStatus().isEqualTo(429);

        reserveFrom("203.0.113.4").expectStatus().isCreated();
    }

    @Test
    void aClientOutOfReservationsCanStillReadAvailability() {
        reserveFrom("203.0.113.5").expectStatus().isCreated();
        reserveFrom("203.0.113.5").expectStatus().isCreated();
        reserveFrom("203.0.113.5").expectStatus().isEqualTo(429);

        getFrom("203.0.113.5").expectStatus().isCreated();
    }

    @Test
    void otherRequestsAreLimitedTooButMoreGenerously() {
        for (int i = 0; i < 5; i++) {
            getFrom("203.0.113.6").expectStatus().isCreated();
        }

        getFrom("203.0.113.6").expectStatus().isEqualTo(429);
    }

    @Test
    void loginsFromOneAddressHaveABudgetOfTheirOwn() {
        loginFrom("203.0.113.7").expectStatus().isUnauthorized();
        loginFrom("203.0.113.7").expectStatus().isUnauthorized();

        loginFrom("203.0.113.7").expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.title").isEqualTo("Trop de demandes");
        reserveFrom("203.0.113.7").expectStatus().isCreated();
    }

    @Test
    void aServerCallingWithAnApiKeyHasABudgetOfItsOwnWhateverItsAddress() {
        String commune = "debit-" + UUID.randomUUID().toString().substring(0, 8);
        AgentSession platform = AgentSession.signIn(web, "admin", GatewayIntegrationTest.ADMIN_PASSWORD);
        String username = platform.createAccount(commune, "mot-de-passe-du-test", "COMMUNE_ADMIN");
        AgentSession admin = AgentSession.signIn(web, username, "mot-de-passe-du-test");
        String first = newKey(admin, commune);
        String second = newKey(admin, commune);

        for (int i = 0; i < 5; i++) {
            getWithKey(first, commune, "203.0.113.8").expectStatus().isCreated();
        }
        getWithKey(first, commune, "203.0.113.8").expectStatus().isEqualTo(429);

        getWithKey(second, commune, "203.0.113.8").expectStatus().isCreated();
        getFrom("203.0.113.8").expectStatus().isCreated();
    }

    @Test
    void theAntsHasABudgetOfItsOwnForAllItsServersAndAWrongTokenIsAClientLikeAnyOther() {
        for (int i = 0; i < 6; i++) {
            searchAsTheAnts("203.0.113.10", ANTS_TOKEN).expectStatus().isCreated();
        }
        searchAsTheAnts("203.0.113.11", ANTS_TOKEN).expectStatus().isCreated();
        searchAsTheAnts("203.0.113.11", ANTS_TOKEN).expectStatus().isCreated();
        searchAsTheAnts("203.0.113.11", ANTS_TOKEN).expectStatus().isEqualTo(429);
        getFrom("203.0.113.10").expectStatus().isCreated();

        for (int i = 0; i < 5; i++) {
            searchAsTheAnts("203.0.113.12", "devine").expectStatus().isCreated();
        }
        searchAsTheAnts("203.0.113.12", "devine").expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec searchAsTheAnts(String client, String token) {
        return web.get().uri("/api/booking/ants/availableTimeSlots?meeting_point_ids=p&start_date=2026-12-01"
                        + "&end_date=2026-12-31")
                .header("X-Forwarded-For", client)
                .header("X-HUB-RDV-AUTH-TOKEN", token)
                .exchange();
    }

    private static String newKey(AgentSession admin, String commune) {
        return admin.post("/api/integrations/communes/" + commune + "/api-keys", Map.of("label", "Serveur",
                "scope", "READ")).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("key").toString();
    }

    private WebTestClient.ResponseSpec getWithKey(String key, String commune, String client) {
        return web.get().uri("/api/booking/agent/communes/" + commune + "/appointments")
                .header("X-Forwarded-For", client)
                .header("Authorization", "Bearer " + key)
                .exchange();
    }

    private WebTestClient.ResponseSpec loginFrom(String client) {
        return web.post().uri("/api/auth/login")
                .header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\":\"x\",\"password\":\"y\"}")
                .exchange();
    }

    private WebTestClient.ResponseSpec reserveFrom(String client) {
        return web.post().uri("/api/booking/communes/villeneuve/reservations")
                .header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();
    }

    private WebTestClient.ResponseSpec confirmFrom(String client) {
        return web.post().uri("/api/booking/appointments/a1/confirmation")
                .header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"code\":\"123456\"}")
                .exchange();
    }

    private WebTestClient.ResponseSpec getFrom(String client) {
        return web.get().uri("/api/booking/communes/villeneuve/availability")
                .header("X-Forwarded-For", client)
                .exchange();
    }
}
