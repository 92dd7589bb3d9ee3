package fr.creneau.booking.availability;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

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

        ServiceResponse reserved = http.post("/api/booking/communes/%s/reservations"
                .formatted(feed.communeId), Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                "agentId", "maire", "start", nineOn(day).toString(), "citizen",
                Map.of("fullName", "Lucie Petit", "mobile", "+33677777777")));

        assertThat(reserved.status()).isEqualTo(201);
        JsonNode withTheMayor = http.get(availability + "maire").body().get("slots");
        JsonNode withTheDeputy = http.get(availability + "adjoint").body().get("slots");
        assertThat(withTheMayor).hasSize(8);
        assertThat(withTheMayor.get(0).get("start").asText()).isNotEqualTo(nineOn(day).toString());
        assertThat(withTheDeputy).hasSize(9);
        assertThat(http.get(availability + "inconnu").body().get("slots")).isEmpty();
    }
}
