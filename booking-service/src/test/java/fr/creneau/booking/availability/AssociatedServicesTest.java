package fr.creneau.booking.availability;

import fr.creneau.booking.support.BookingClient;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.booking.support.TypeVariants;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

/** A type restricted to the service « étrangers » is offered, booked and given only at that service's counters and agents. */
class AssociatedServicesTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(3);

    @BeforeEach
    void aTypeOfTheServiceEtrangers() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, TypeVariants.forServices(feed.type(false), List.of("etrangers")));
        feed.deliver(planningEvents, feed.opening(day, 2, Instant.now()));
    }

    private void counterOf(List<String> serviceIds) {
        feed.deliver(planningEvents, new CounterChanged(UUID.randomUUID().toString(), Instant.now(), feed.communeId,
                feed.counterId, feed.placeId, "Guichet 1", List.of(feed.typeId), List.of(), true, serviceIds));
    }

    private int slotsOffered() {
        return new BookingClient(http, feed).get("/api/booking/agent/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, day, day)).get("slots").size();
    }

    private ServiceResponse book() {
        return new BookingClient(http, feed).post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId),
                Map.of("channel", "PHONE", "appointment", Map.of("appointmentTypeId", feed.typeId,
                        "counterId", feed.counterId, "start", nineOn(day).toString(), "persons", 1,
                        "citizen", Map.of("fullName", "Amina Diallo", "mobile", "+33612345678"))));
    }

    @Test
    void aCounterOfNoneOfTheTypesServicesIsNeitherOfferedNorBooked() {
        counterOf(List.of("etat-civil"));

        ServiceResponse refused = book();

        assertThat(slotsOffered()).isZero();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("detail")).isEqualTo("Le guichet « Guichet 1 » n'appartient à aucun des services "
                + "associés aux rendez-vous « Carte d'identité ».");
    }

    @Test
    void aCounterOfTheTypesServiceIsOfferedAndBooked() {
        counterOf(List.of("etat-civil", "etrangers"));

        assertThat(slotsOffered()).isPositive();
        assertThat(book().status()).isEqualTo(201);
    }

    @Test
    void onlyAnAgentOfTheTypesServicesIsGivenItsAppointments() {
        counterOf(List.of("etrangers"));
        String appointmentId = book().expect(201).text("appointmentId");
        feed.deliver(planningEvents, new AgentChanged(UUID.randomUUID().toString(), Instant.now(), feed.communeId,
                "agent-ec", "Paul Etat-Civil", List.of("etat-civil"), List.of(feed.counterId), true));
        feed.deliver(planningEvents, new AgentChanged(UUID.randomUUID().toString(), Instant.now(), feed.communeId,
                "agent-et", "Nadia Etrangers", List.of("etrangers"), List.of(feed.counterId), true));
        String assignment = "/api/booking/agent/appointments/%s/assignment".formatted(appointmentId);

        ServiceResponse refused = new BookingClient(http, feed).post(assignment, Map.of("agentId", "agent-ec"));
        ServiceResponse given = new BookingClient(http, feed).post(assignment, Map.of("agentId", "agent-et"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).isEqualTo("L'agent « Paul Etat-Civil » n'appartient à aucun des services "
                + "associés aux rendez-vous « Carte d'identité ».");
        assertThat(given.expect(200).text("agentId")).isEqualTo("agent-et");
    }
}
