package fr.creneau.booking.availability;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class ChosenAgentAvailabilityTest extends BookingIntegrationTest {

    @Test
    void aCitizenChoosesTheMayorAndHerBookedSlotsAreNoLongerOffered() {
        PlanningFeed feed = new PlanningFeed();
        LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(12);
        feed.catalogWithChosenAgents().forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.openingWith(day, List.of("maire", "adjoint")));
        String availability = "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s&agentId="
                .formatted(feed.communeId, feed.typeId, day, day);

        ResponseEntity<JsonNode> reserved = http.postForEntity("/api/booking/communes/%s/reservations"
                .formatted(feed.communeId), Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "agentId", "maire", "start", nineOn(day).toString(), "citizen",
                Map.of("fullName", "Lucie Petit", "mobile", "+33677777777")), JsonNode.class);

        assertThat(reserved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode withTheMayor = http.getForObject(availability + "maire", JsonNode.class).get("slots");
        JsonNode withTheDeputy = http.getForObject(availability + "adjoint", JsonNode.class).get("slots");
        assertThat(withTheMayor).hasSize(8);
        assertThat(withTheMayor.get(0).get("start").asText()).isNotEqualTo(nineOn(day).toString());
        assertThat(withTheDeputy).hasSize(9);
        assertThat(http.getForObject(availability + "inconnu", JsonNode.class).get("slots")).isEmpty();
    }
}
