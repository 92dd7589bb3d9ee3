package fr.creneau.booking.appointment;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class AgendaStatusFilterTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(6);

    @Test
    void theAgendaListsOnlyTheAppointmentsInTheStatusAskedFor() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        String kept = book(nineOn(day));
        String cancelled = book(nineOn(day).plus(Duration.ofMinutes(20)));
        exchange(HttpMethod.POST, "/api/booking/agent/appointments/%s/cancellation".formatted(cancelled),
                Map.of("agentId", "agent-1", "reason", "Fermeture exceptionnelle"));

        JsonNode confirmed = agenda("&status=CONFIRMED").getBody();
        JsonNode all = agenda("").getBody();

        assertThat(confirmed).hasSize(1);
        assertThat(confirmed.get(0).get("appointmentId").asText()).isEqualTo(kept);
        assertThat(all).hasSize(2);
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));

        assertThat(agenda("&status=LOST").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<JsonNode> agenda(String filter) {
        return exchange(HttpMethod.GET, "/api/booking/agent/communes/%s/appointments?from=%s&to=%s%s"
                .formatted(feed.communeId, day, day, filter), null);
    }

    private String book(Instant start) {
        Map<String, Object> appointment = Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "start", start.toString(), "citizen", Map.of("fullName", "Jeanne " + UUID.randomUUID(),
                        "email", UUID.randomUUID() + "@example.fr"));
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST,
                "/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("appointment", appointment, "channel", "DESK", "agentId", "agent-1"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("appointmentId").asText();
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = AgentHeaders.of(new AgentIdentity(UUID.randomUUID().toString(), feed.communeId,
                Set.of(Role.AGENT), "agent-1", "Agent 1"));
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
