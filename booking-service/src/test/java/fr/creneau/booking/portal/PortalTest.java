package fr.creneau.booking.portal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();

    @Test
    void theBookingPageLearnsTheCommuneItsPlacesAndEverythingATypeTellsTheCitizen() {
        feed.catalogWithAntsNumbers().forEach(event -> feed.deliver(planningEvents, event));

        JsonNode portal = portal();

        assertThat(portal.get("name").asText()).isEqualTo("Villeneuve");
        assertThat(portal.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(portal.get("places")).hasSize(1);
        assertThat(portal.get("places").get(0).get("address").asText()).isEqualTo("1 place de la Mairie");
        JsonNode type = portal.get("appointmentTypes").get(0);
        assertThat(type.get("appointmentTypeId").asText()).isEqualTo(feed.typeId);
        assertThat(type.get("label").asText()).isEqualTo("Carte d'identité");
        assertThat(type.get("details").asText()).isEqualTo("Dépôt de dossier");
        assertThat(type.get("citizenInformation").asText()).isEqualTo("Apportez un justificatif de domicile");
        assertThat(type.get("rgpdText").asText()).isEqualTo("RGPD");
        assertThat(type.get("maxPersons").asInt()).isEqualTo(4);
        assertThat(type.get("durationMinutes").asInt()).isEqualTo(20);
        assertThat(type.get("antsNumberRequired").asBoolean()).isTrue();
        assertThat(type.get("placeIds").get(0).asText()).isEqualTo(feed.placeId);
    }

    @Test
    void typesAndPlacesHiddenFromThePortalArchivedOrWithoutACounterAreLeftOut() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, new PlaceChanged(id(), Instant.now(), feed.communeId, id(), "Annexe",
                "2 rue Basse", null, null, false, true));
        AppointmentTypeChanged hidden = type("Réservé aux agents", false, true);
        AppointmentTypeChanged archived = type("Archivé", true, false);
        AppointmentTypeChanged noCounter = type("Sans guichet", true, true);
        List.of(hidden, archived, noCounter).forEach(type -> feed.deliver(planningEvents, type));
        feed.deliver(planningEvents, new CounterChanged(id(), Instant.now(), feed.communeId, feed.counterId,
                feed.placeId, "Guichet 1", List.of(feed.typeId, hidden.appointmentTypeId(), archived.appointmentTypeId()), List.of(), true,
                List.of()));

        JsonNode portal = portal();

        assertThat(portal.get("places").findValuesAsText("name")).containsExactly("Mairie");
        assertThat(portal.get("appointmentTypes").findValuesAsText("label")).containsExactly("Carte d'identité");
    }

    @Test
    void aTypeBookedWithAChosenPersonListsTheAgentsOfItsCounters() {
        feed.catalogWithChosenAgents().forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, new AgentChanged(id(), Instant.now(), feed.communeId, id(), "Mme la Maire",
                List.of(), List.of(feed.counterId), true));
        feed.deliver(planningEvents, new AgentChanged(id(), Instant.now(), feed.communeId, id(), "M. Ailleurs",
                List.of(), List.of("another-counter"), true));

        JsonNode type = portal().get("appointmentTypes").get(0);

        assertThat(type.get("bookableWith").asText()).isEqualTo("AGENT");
        assertThat(type.get("agents").findValuesAsText("displayName")).containsExactly("Mme la Maire");
    }

    @Test
    void anUnknownCommuneIsNotFoundInFrench() {
        ServiceResponse response = http.get("/api/booking/communes/nowhere/portal");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).contains("n'est pas connue");
    }

    private JsonNode portal() {
        ServiceResponse response = http.get("/api/booking/communes/%s/portal".formatted(feed.communeId));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private AppointmentTypeChanged type(String label, boolean visibleOnPortal, boolean active) {
        return new AppointmentTypeChanged(id(), Instant.now(), feed.communeId, id(), label, null, 30, "P2M", "PT1H",
                List.of(), 1, false, visibleOnPortal, List.of(), false, null, null, List.of(), "SERVICE", false, active);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
