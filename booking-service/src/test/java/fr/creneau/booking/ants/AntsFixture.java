package fr.creneau.booking.ants;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.springframework.messaging.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune of its own whose ID-card type asks for ANTS numbers, open on one day, and its calls to the service. */
final class AntsFixture {

    final PlanningFeed feed = new PlanningFeed();
    final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(9);
    final Instant nine = PlanningFeed.nineOn(day);
    final ServiceClient service;

    AntsFixture(int port, Consumer<Message<byte[]>> planningEvents) {
        this.service = ServiceClient.on(port, "");
        feed.catalogWithAntsNumbers().forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 3, Instant.now()));
    }

    ServiceResponse connect(String whenDeclaredElsewhere, String whenUnanswered) {
        return service.as(AgentHeaders.of(feed.communeId, Role.COMMUNE_ADMIN))
                .put("/api/booking/agent/communes/%s/ants/settings".formatted(feed.communeId), Map.of(
                        "enabled", true,
                        "reasons", Map.of("CNI", Map.of("appointmentTypeId", feed.typeId)),
                        "whenDeclaredElsewhere", whenDeclaredElsewhere,
                        "whenUnanswered", whenUnanswered));
    }

    ServiceResponse reserveOnline(Instant start, String number) {
        return service.post("/api/booking/communes/%s/reservations".formatted(feed.communeId), Map.of(
                "appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start", start.toString(),
                "citizen", Map.of("fullName", "Camille Martin", "mobile", "+336" + digits(number)),
                "antsNumbers", List.of(number)));
    }

    /** The citizen's code for a hold, as the SMS brings it. */
    ServiceResponse confirm(String appointmentId, String code) {
        return service.post("/api/booking/appointments/%s/confirmation".formatted(appointmentId), Map.of("code", code));
    }

    ServiceResponse bookAtTheDesk(Instant start, String number) {
        return service.as(AgentHeaders.of(feed.communeId, Role.AGENT))
                .post("/api/booking/agent/communes/%s/appointments".formatted(feed.communeId), Map.of(
                        "channel", "DESK",
                        "appointment", Map.of("appointmentTypeId", feed.typeId, "counterId", feed.counterId,
                                "start", start.toString(),
                                "citizen", Map.of("fullName", "Camille Martin", "mobile", "+336" + digits(number)),
                                "antsNumbers", List.of(number))));
    }

    ServiceResponse cancel(String appointmentId) {
        return service.as(AgentHeaders.of(feed.communeId, Role.AGENT))
                .post("/api/booking/agent/appointments/%s/cancellation".formatted(appointmentId),
                        Map.of("reason", "Demande de l'usager"));
    }

    ServiceResponse reschedule(String appointmentId, Instant start) {
        return service.as(AgentHeaders.of(feed.communeId, Role.AGENT))
                .post("/api/booking/agent/appointments/%s/reschedule".formatted(appointmentId),
                        Map.of("counterId", feed.counterId, "start", start.toString()));
    }

    JsonNode calls() {
        return service.as(AgentHeaders.of(feed.communeId, Role.AGENT))
                .get("/api/booking/agent/communes/%s/ants/calls".formatted(feed.communeId)).expect(200).body();
    }

    static String created(ServiceResponse response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
        return response.text("appointmentId");
    }

    /** Eight digits drawn from the number, so that each test citizen is a person of their own. */
    private static String digits(String number) {
        return String.format("%08d", Math.floorMod(number.hashCode(), 100_000_000));
    }
}
