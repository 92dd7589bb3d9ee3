package fr.creneau.booking;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking-service of its own with tight limits and holds of three seconds: a bot hammering the endpoints for one
 * person or one appointment gets 429s in French, an address is no key (only the gateway knows the citizen's), and
 * an unconfirmed hold really expires on its durable deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TightSettingsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "booking_limits");
        String group = "booking-limits-" + UUID.randomUUID();
        registry.add("spring.cloud.stream.bindings.planningEvents-in-0.group", () -> group);
        registry.add("booking.rate-limits.reservation-per-person.limit", () -> "2");
        registry.add("booking.rate-limits.code-per-appointment.limit", () -> "2");
        registry.add("booking.hold-duration", () -> "PT3S");
    }

    @LocalServerPort
    int port;

    ServiceClient http;

    @Autowired
    @Qualifier("planningEvents")
    Consumer<Message<byte[]>> planningEvents;

    @BeforeEach
    void client() {
        http = ServiceClient.on(port, "");
    }

    @Test
    void anUnconfirmedHoldExpiresOnItsDeadlineAndFreesTheSlot() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(2);
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        String appointmentId = client.reserve(PlanningFeed.nineOn(day));
        assertThat(client.remaining(day, PlanningFeed.nineOn(day))).isZero();

        JsonNode expired = BookingClient.awaitEvent("HoldExpired.v1", appointmentId);

        assertThat(expired.get("appointmentId").asText()).isEqualTo(appointmentId);
        assertThat(client.remaining(day, PlanningFeed.nineOn(day))).isEqualTo(1);
        assertThat(http.post("/api/booking/appointments/%s/confirmation".formatted(appointmentId),
                Map.of("code", "123456")).status()).isEqualTo(409);
    }

    @Test
    void anAddressIsNoKeyHereNorIsXForwardedForRead() {
        for (int attempt = 0; attempt < 12; attempt++) {
            assertThat(reserve("198.51.100.1", "+336000000%02d".formatted(attempt)).status()).isNotEqualTo(429);
        }
    }

    @Test
    void reservationsForOnePersonAreLimitedWhateverTheAddressWithRetryAfter() {
        reserve("203.0.113.1", "+33611110000");
        reserve("203.0.113.2", "06 11 11 00 00");

        ServiceResponse refused = reserve("203.0.113.3", "+33611110000");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).hasToString("application/problem+json");
        assertThat(refused.body().get("detail").asText()).contains("Trop de demandes");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 300L);
    }

    @Test
    void anAntsNumberIsAPersonToo() {
        reserve("+33622220001", List.of("ABCDE12345"));
        reserve("+33622220002", List.of("ABCDE12345"));

        assertThat(reserve("+33622220003", List.of("ABCDE12345")).status()).isEqualTo(429);
        assertThat(reserve("+33622220004", List.of("ZZZZZ99999")).status()).isNotEqualTo(429);
    }

    @Test
    void codeGuessesOnOneHoldAreLimited() {
        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(UUID.randomUUID());
        http.post(confirmation, Map.of("code", "123456"));
        http.post(confirmation, Map.of("code", "123457"));

        assertThat(http.post(confirmation, Map.of("code", "123458")).status()).isEqualTo(429);
    }

    private ServiceResponse reserve(String mobile, List<String> antsNumbers) {
        return http.post("/api/booking/communes/nowhere/reservations", Map.of(
                "appointmentTypeId", "type", "counterId", "counter", "start", "2026-12-01T08:00:00Z",
                "antsNumbers", antsNumbers, "citizen", Map.of("fullName", "Robot", "mobile", mobile)));
    }

    private ServiceResponse reserve(String address, String mobile) {
        return http.withHeader("X-Forwarded-For", address).post("/api/booking/communes/nowhere/reservations", Map.of(
                "appointmentTypeId", "type", "counterId", "counter", "start", "2026-12-01T08:00:00Z",
                "citizen", Map.of("fullName", "Robot", "mobile", mobile)));
    }
}
