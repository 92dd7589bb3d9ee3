package fr.creneau.booking.appointment;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

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
        agent().post("/api/booking/agent/appointments/%s/cancellation".formatted(cancelled),
                Map.of("agentId", "agent-1", "reason", "Fermeture exceptionnelle"));

        JsonNode confirmed = agenda("&status=CONFIRMED").body();
        JsonNode all = agenda("").body();

        assertThat(confirmed).hasSize(1);
        assertThat(confirmed.get(0).get("appointmentId").asText()).isEqualTo(kept);
        assertThat(all).hasSize(2);
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));

        assertThat(agenda("&status=LOST").status()).isEqualTo(400);
    }

    private ServiceResponse agenda(String filter) {
        return agent().get("/api/booking/agent/communes/%s/appointments?from=%s&to=%s%s"
                .formatted(feed.communeId, day, day, filter));
    }

    private String book(Instant start) {
        Map<String, Object> appointment = Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "start", start.toString(), "citizen", Map.of("fullName", "Jeanne " + UUID.randomUUID(),
                        "email", UUID.randomUUID() + "@example.fr"));
        ServiceResponse response = agent().post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("appointment", appointment, "channel", "DESK", "agentId", "agent-1"));
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("appointmentId").asText();
    }

    private ServiceClient agent() {
        return http.as(AgentHeaders.of(new AgentIdentity(UUID.randomUUID().toString(), feed.communeId,
                Set.of(Role.AGENT), "agent-1", "Agent 1")));
    }
}
