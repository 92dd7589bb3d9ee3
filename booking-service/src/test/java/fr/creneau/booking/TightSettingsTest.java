package fr.creneau.booking.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A booking-service of its own with tight limits: a bot hammering the endpoints gets 429s in French. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitedEndpointsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "booking_limits");
        String group = "booking-limits-" + UUID.randomUUID();
        registry.add("spring.cloud.stream.bindings.planningEvents-in-0.group", () -> group);
        registry.add("booking.rate-limits.reservation-per-ip.limit", () -> "3");
        registry.add("booking.rate-limits.reservation-per-person.limit", () -> "2");
        registry.add("booking.rate-limits.code-per-appointment.limit", () -> "2");
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void reservationsFromOneAddressAreLimited() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(reserve("198.51.100.1", "+3360000000" + attempt).getStatusCode())
                    .isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }

        ResponseEntity<JsonNode> refused = reserve("198.51.100.1", "+33600000009");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getBody().get("detail").asText()).contains("Trop de demandes");
        assertThat(reserve("198.51.100.2", "+33600000008").getStatusCode()).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void reservationsForOnePersonAreLimitedWhateverTheAddress() {
        reserve("203.0.113.1", "+33611110000");
        reserve("203.0.113.2", "06 11 11 00 00");

        assertThat(reserve("203.0.113.3", "+33611110000").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void codeGuessesOnOneHoldAreLimited() {
        String confirmation = "/api/booking/appointments/%s/confirmation".formatted(UUID.randomUUID());
        http.postForEntity(confirmation, Map.of("code", "123456"), JsonNode.class);
        http.postForEntity(confirmation, Map.of("code", "123457"), JsonNode.class);

        assertThat(http.postForEntity(confirmation, Map.of("code", "123458"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private ResponseEntity<JsonNode> reserve(String address, String mobile) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        return http.postForEntity("/api/booking/communes/nowhere/reservations", new HttpEntity<>(Map.of(
                "appointmentTypeId", "type", "counterId", "counter", "start", "2026-12-01T08:00:00Z",
                "citizen", Map.of("fullName", "Robot", "mobile", mobile)), headers), JsonNode.class);
    }
}
