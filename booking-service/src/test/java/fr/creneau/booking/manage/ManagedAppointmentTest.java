package fr.creneau.booking.manage;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static fr.creneau.booking.support.BookingClient.awaitManageToken;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class ManagedAppointmentTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(5);

    @Test
    void theManageLinkAloneTellsThePageTheCommuneTheTypeAndThePlace() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        BookingClient client = new BookingClient(http, feed);
        String appointmentId = client.reserveAndConfirm(nineOn(day)).get("appointmentId").asText();

        JsonNode view = client.get("/api/booking/manage/" + awaitManageToken(appointmentId));

        assertThat(view.get("communeId").asText()).isEqualTo(feed.communeId);
        assertThat(view.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(view.get("appointmentTypeLabel").asText()).isEqualTo("Carte d'identité");
        assertThat(view.get("placeName").asText()).isEqualTo("Mairie");
        assertThat(view.get("placeAddress").asText()).isEqualTo("1 place de la Mairie");
        assertThat(view.get("start").asText()).isEqualTo(nineOn(day).toString());
        assertThat(view.has("citizen")).isFalse();
    }
}
