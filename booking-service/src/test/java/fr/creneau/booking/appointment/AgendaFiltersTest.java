package fr.creneau.booking.appointment;

import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.PlanningChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.planning.api.ServiceChanged;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.creneau.booking.support.PlanningFeed.ZONE;
import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's filters by place, counter, service and agent are the server's: each keeps only its appointments, and
 * an id that is not the commune's is refused with a French problem, never an empty agenda.
 */
class AgendaFiltersTest extends BookingIntegrationTest {

    private final LocalDate day = LocalDate.now(ZONE).plusDays(7);
    private final Commune town = new Commune();
    private final Commune other = new Commune();
    private String atMairie;
    private String atMairieWithAgent;
    private String atAnnexe;

    @BeforeEach
    void aCommuneWithTwoPlacesTwoServicesAndAnAgent() {
        town.publish();
        other.publish();
        atMairie = town.book(town.feed.typeId, town.feed.counterId, nineOn(day));
        atMairieWithAgent = town.book(town.feed.typeId, town.feed.counterId, nineOn(day).plus(Duration.ofMinutes(20)));
        ServiceResponse assigned = town.agent().post("/api/booking/agent/appointments/%s/assignment"
                .formatted(atMairieWithAgent), Map.of("agentId", town.agentId));
        assertThat(assigned.status()).isEqualTo(200);
        atAnnexe = town.book(town.annexeTypeId, town.annexeCounterId, nineOn(day));
    }

    @Test
    void theFilterByPlaceKeepsTheAppointmentsAtThatPlacesCounters() {
        assertThat(ids("placeId=" + town.feed.placeId)).containsExactlyInAnyOrder(atMairie, atMairieWithAgent);
        assertThat(ids("placeId=" + town.annexeId)).containsExactly(atAnnexe);
    }

    @Test
    void theFilterByCounterKeepsThatCountersAppointments() {
        assertThat(ids("counterId=" + town.annexeCounterId)).containsExactly(atAnnexe);
        assertThat(ids("counterId=" + town.feed.counterId)).containsExactlyInAnyOrder(atMairie, atMairieWithAgent);
    }

    @Test
    void theFilterByServiceKeepsItsTypesAndTheAppointmentsOfItsAgents() {
        assertThat(ids("serviceId=" + town.etatCivil)).containsExactlyInAnyOrder(atMairie, atMairieWithAgent);
        assertThat(ids("serviceId=" + town.scolaire)).containsExactlyInAnyOrder(atAnnexe, atMairieWithAgent);
    }

    @Test
    void theFilterByAgentKeepsTheAppointmentsAssignedToThatAgent() {
        assertThat(ids("agentId=" + town.agentId)).containsExactly(atMairieWithAgent);
    }

    @Test
    void filtersAddUp() {
        assertThat(ids("placeId=" + town.annexeId + "&counterId=" + town.feed.counterId)).isEmpty();
        assertThat(ids("placeId=" + town.feed.placeId + "&serviceId=" + town.scolaire)).containsExactly(atMairieWithAgent);
        assertThat(ids("placeId=&counterId=&serviceId=&agentId=")).hasSize(3);
    }

    @Test
    void anIdOfAnotherCommuneOrOfNothingIsRefusedInFrench() {
        Map<String, String> refused = Map.of(
                "counterId=" + other.feed.counterId, "guichet",
                "counterId=" + UUID.randomUUID(), "guichet",
                "placeId=" + other.feed.placeId, "lieu",
                "serviceId=" + other.etatCivil, "service",
                "serviceId=inconnu", "service",
                "agentId=" + other.agentId, "agent");
        refused.forEach((filter, word) -> {
            ServiceResponse response = agenda(town, filter);
            assertThat(response.status()).as(filter).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(filter).startsWith("application/problem+json");
            assertThat(response.body().get("detail").asText()).as(filter).contains(word).contains("cette commune")
                    .doesNotContain(filter.substring(filter.indexOf('=') + 1));
        });
    }

    @Test
    void anAgentOfAnotherCommuneCannotReadTheAgendaEvenWithFilters() {
        ServiceResponse response = other.agent().get("/api/booking/agent/communes/%s/appointments?from=%s&to=%s&placeId=%s"
                .formatted(town.feed.communeId, day, day, town.feed.placeId));

        assertThat(response.status()).isIn(403, 404);
        assertThat(response.body().toString()).doesNotContain(atMairie);
    }

    private List<String> ids(String filter) {
        ServiceResponse response = agenda(town, filter);
        assertThat(response.status()).as(filter).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().forEach(appointment -> ids.add(appointment.get("appointmentId").asText()));
        return ids;
    }

    private ServiceResponse agenda(Commune commune, String filter) {
        return commune.agent().get("/api/booking/agent/communes/%s/appointments?from=%s&to=%s&%s"
                .formatted(commune.feed.communeId, day, day, filter));
    }

    /**
     * A commune with its mairie (état civil) and an annexe (affaires scolaires), each counter in its service, and an
     * agent of both services (a type's associated services decide which agents may take it).
     */
    private final class Commune {
        final PlanningFeed feed = new PlanningFeed();
        final String annexeId = UUID.randomUUID().toString();
        final String annexeCounterId = UUID.randomUUID().toString();
        final String annexeTypeId = UUID.randomUUID().toString();
        final String etatCivil = UUID.randomUUID().toString();
        final String scolaire = UUID.randomUUID().toString();
        final String agentId = "agent-" + UUID.randomUUID().toString().substring(0, 8);

        void publish() {
            List<PlanningEvent> events = List.of(feed.commune(), feed.place(),
                    service(etatCivil, "État civil"), service(scolaire, "Affaires scolaires"),
                    type(feed.typeId, "Carte d'identité", etatCivil), type(annexeTypeId, "Inscription scolaire", scolaire),
                    new CounterChanged(id(), Instant.now(), feed.communeId, feed.counterId, feed.placeId, "Guichet 1",
                            List.of(feed.typeId), List.of(), true, List.of(etatCivil)),
                    new PlaceChanged(id(), Instant.now(), feed.communeId, annexeId, "Mairie annexe", "2 rue de l'École",
                            null, null, true, true),
                    new CounterChanged(id(), Instant.now(), feed.communeId, annexeCounterId, annexeId, "Guichet annexe",
                            List.of(annexeTypeId), List.of(), true, List.of(scolaire)),
                    new AgentChanged(id(), Instant.now(), feed.communeId, agentId, "Agente des écoles", List.of(scolaire, etatCivil),
                            List.of(feed.counterId, annexeCounterId), true),
                    feed.opening(day, 2, Instant.now()),
                    opening(annexeId, annexeCounterId));
            events.forEach(event -> feed.deliver(planningEvents, event));
        }

        String book(String typeId, String counterId, Instant start) {
            Map<String, Object> appointment = Map.of("appointmentTypeId", typeId, "counterId", counterId,
                    "start", start.toString(), "citizen", Map.of("fullName", "Jeanne " + UUID.randomUUID(),
                            "email", UUID.randomUUID() + "@example.fr"));
            ServiceResponse response = agent().post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                    Map.of("appointment", appointment, "channel", "DESK"));
            assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
            return response.body().get("appointmentId").asText();
        }

        ServiceClient agent() {
            return http.as(AgentHeaders.of(new AgentIdentity(UUID.randomUUID().toString(), feed.communeId,
                    Set.of(Role.AGENT), null, "Agent d'accueil")));
        }

        private ServiceChanged service(String serviceId, String name) {
            return new ServiceChanged(id(), Instant.now(), feed.communeId, serviceId, name, true);
        }

        private AppointmentTypeChanged type(String typeId, String label, String serviceId) {
            return new AppointmentTypeChanged(id(), Instant.now(), feed.communeId, typeId, label, "", 20, "P2M", "PT60M",
                    List.of(), 4, false, true, List.of(serviceId), false, "", "RGPD", List.of(), "SERVICE", false, true);
        }

        private PlanningChanged opening(String placeId, String counterId) {
            CapacityRange morning = new CapacityRange(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant(),
                    day.atTime(LocalTime.of(12, 0)).atZone(ZONE).toInstant(), 1, List.of());
            return new PlanningChanged(id(), Instant.now(), feed.communeId, placeId, counterId, ZONE.getId(), day, day,
                    List.of(morning), "REFERENCE_WEEK", List.of());
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
