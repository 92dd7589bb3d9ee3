package fr.creneau.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FallbackTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayIntegrationTest.database(registry);
        String down = Downstream.nobodyListening();
        for (String service : new String[] {"PLANNING_URL", "BOOKING_URL", "NOTIFICATION_URL", "STATS_URL"}) {
            registry.add(service, () -> down);
        }
    }

    @Test
    void aServiceThatIsDownGivesAFrenchProblemWith503() {
        web.post().uri("/api/notifications/twilio/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("MessageSid=SM1&MessageStatus=delivered").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service indisponible")
                .jsonPath("$.detail").value(containsString("notifications"))
                .jsonPath("$.service").isEqualTo("notifications")
                .jsonPath("$.instance").isEqualTo("/api/notifications/twilio/status");
    }

    @Test
    void aReservationToADownServiceAlsoGetsTheFallback() {
        web.post().uri("/api/booking/communes/villeneuve/reservations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"persons\":1}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(containsString("réservation"));
    }
}
