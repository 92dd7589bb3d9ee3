package fr.creneau.booking.search;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.retention.command.PersonalDataRetention;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.Role;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.creneau.booking.support.BookingClient.awaitCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents find an appointment once it is over (really over: a one-minute appointment booked a few seconds ahead and
 * waited out, then marked attended) and a hold that expired, by name, phone or ANTS number; and find neither once
 * the retention has erased their contacts.
 */
class PastAppointmentSearchTest extends BookingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataRetention retention;

    private final PlanningFeed feed = new PlanningFeed();

    private ServiceClient agent() {
        return ServiceClient.on(port, "/api/booking").as(AgentHeaders.of(feed.communeId, Role.AGENT));
    }

    @Test
    void aPastAppointmentAndAnExpiredHoldAreFoundUntilRetentionErasesTheirContacts() {
        feed.deliver(planningEvents, feed.commune());
        feed.deliver(planningEvents, feed.place());
        feed.deliver(planningEvents, oneMinuteTypeBookableAtOnce());
        feed.deliver(planningEvents, feed.counter());
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(15);
        Instant end = start.plus(Duration.ofMinutes(1));
        feed.deliver(planningEvents, feed.openingBetween(start, end.plus(Duration.ofMinutes(1)), 2));
        String attended = agent().post("/agent/communes/%s/appointments".formatted(feed.communeId), Map.of(
                "channel", "DESK", "appointment", Map.of("appointmentTypeId", feed.typeId, "counterId",
                        feed.counterId, "start", start.toString(), "persons", 1, "citizen",
                        Map.of("fullName", "Léon Marchand", "mobile", "+33637373737"),
                        "antsNumbers", List.of("LM12LM34LM")))).expect(201).text("appointmentId");
        String expired = holdGivenUp(end, "Agathe Rémy", "+33638383838");

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> Instant.now().isAfter(end));
        agent().post("/agent/appointments/%s/attendance".formatted(attended), Map.of("attended", true)).expect(200);

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found("leon marchand")).containsExactly(attended));
        JsonNode past = search("06 37 37 37 37").expect(200).body().get(0);
        assertThat(past.at("/appointment/status").asText()).isEqualTo("ATTENDED");
        assertThat(Instant.parse(past.at("/appointment/end").asText())).isBefore(Instant.now());
        assertThat(found("lm12lm34lm")).containsExactly(attended);
        assertThat(found("agathe remy")).containsExactly(expired);
        assertThat(found("06 38 38 38 38")).containsExactly(expired);

        retention.eraseDue(end.atOffset(ZoneOffset.UTC).plusMonths(25).toInstant());

        assertThat(found("leon marchand")).isEmpty();
        assertThat(found("06 37 37 37 37")).isEmpty();
        assertThat(found("LM12LM34LM")).isEmpty();
        assertThat(found("agathe remy")).isEmpty();
    }

    /** A citizen's hold at {@code start}, let go at the last wrong code: its status is then EXPIRED. */
    private String holdGivenUp(Instant start, String fullName, String mobile) {
        String id = http.post("/api/booking/communes/%s/reservations".formatted(feed.communeId), Map.of(
                "appointmentTypeId", feed.typeId, "counterId", feed.counterId, "start", start.toString(),
                "persons", 1, "citizen", Map.of("fullName", fullName, "mobile", mobile),
                "antsNumbers", List.of("AR12AR34AR"))).expect(201).text("appointmentId");
        String wrong = awaitCode(id).equals("000000") ? "111111" : "000000";
        ServiceResponse last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            last = http.post("/api/booking/appointments/%s/confirmation".formatted(id), Map.of("code", wrong));
        }
        assertThat(last.text("detail")).contains("Aucun essai restant");
        return id;
    }

    private AppointmentTypeChanged oneMinuteTypeBookableAtOnce() {
        return new AppointmentTypeChanged(UUID.randomUUID().toString(), Instant.now(), feed.communeId, feed.typeId,
                "Carte d'identité", "Dépôt de dossier", 1, "P2M", "PT0M", List.of(), 4, false, true, List.of(),
                false, null, "RGPD", List.of(), "SERVICE", true, true);
    }

    private List<String> found(String query) {
        List<String> ids = new ArrayList<>();
        search(query).expect(200).body().forEach(hit -> ids.add(hit.at("/appointment/appointmentId").asText()));
        return ids;
    }

    private ServiceResponse search(String query) {
        return ServiceClient.exchange(agent().rest().get().uri(uri -> uri
                .path("/agent/communes/{c}/appointments/search").queryParam("q", "{q}").build(feed.communeId, query)));
    }
}
