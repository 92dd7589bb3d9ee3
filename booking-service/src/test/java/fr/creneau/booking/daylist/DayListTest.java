package fr.creneau.booking.daylist;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class DayListTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(5);
    private final String ants = ants();
    private final String otherAnts = ants();

    @Test
    void theDayListCsvOpensInAFrenchSpreadsheetWithTheAntsNumbers() {
        open();
        book(nineOn(day), "Martin; Jeanne", ants, "=HYPERLINK(\"x\")");
        book(nineOn(day.plusDays(1)), "Paul Durand", otherAnts, null);

        ServiceResponse response = http.as(agentHeaders())
                .get("/api/booking/agent/communes/%s/appointments.csv?date=%s".formatted(feed.communeId, day));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION))
                .contains("liste-du-jour-" + day + ".csv");
        String csv = response.bodyAsString();
        List<String> lines = csv.lines().toList();
        assertThat(csv).startsWith("\uFEFFDate;Début;Fin;Lieu;Guichet;Motif;");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("%02d/%02d/%d;09:00;09:20;Mairie;Guichet 1;Carte d'identité;"
                .formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear()))
                .contains(";\"Martin; Jeanne\";", ";" + ants + ";", ";Confirmé;Téléphone;", ";\"'=HYPERLINK(\"\"x\"\")\";")
                .doesNotContain("Paul Durand");
    }

    @Test
    void theDayListShowsTheCitizenAndTheNamesOfPlaceCounterAndType() {
        open();
        String appointmentId = book(nineOn(day), "Jeanne Martin", ants, "Fauteuil roulant");

        JsonNode lines = http.as(agentHeaders())
                .get("/api/booking/agent/communes/%s/day-list?date=%s".formatted(feed.communeId, day)).body();

        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.get("appointmentId").asText()).isEqualTo(appointmentId);
        assertThat(line.get("fullName").asText()).isEqualTo("Jeanne Martin");
        assertThat(line.get("antsNumbers").get(0).asText()).isEqualTo(ants);
        assertThat(line.get("placeName").asText()).isEqualTo("Mairie");
        assertThat(line.get("counterName").asText()).isEqualTo("Guichet 1");
        assertThat(line.get("appointmentTypeLabel").asText()).isEqualTo("Carte d'identité");
        assertThat(line.get("remark").asText()).isEqualTo("Fauteuil roulant");
    }

    @Test
    void aDayWithoutAppointmentsGivesTheHeaderOnly() {
        open();

        ServiceResponse response = http.as(agentHeaders())
                .get("/api/booking/agent/communes/%s/appointments.csv?date=%s".formatted(feed.communeId, day));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString().lines().count()).isEqualTo(1);
    }

    private void open() {
        feed.catalogWithAntsNumbers().forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 1, Instant.now()));
        feed.deliver(planningEvents, feed.opening(day.plusDays(1), 1, Instant.now()));
    }

    private String book(Instant start, String fullName, String antsNumber, String remark) {
        Map<String, Object> appointment = new HashMap<>(Map.of("appointmentTypeId", feed.typeId,
                "counterId", feed.counterId, "start", start.toString(), "persons", 1, "antsNumbers", List.of(antsNumber),
                "citizen", Map.of("fullName", fullName, "mobile", "+3361" + (1_000_000 + (int) (Math.random() * 8_000_000)))));
        if (remark != null) {
            appointment.put("remark", remark);
        }
        ServiceResponse response = http.as(agentHeaders()).post("/api/booking/agent/communes/%s/appointments"
                .formatted(feed.communeId), Map.of("appointment", appointment, "channel", "PHONE",
                "agentId", "agent-1"));
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("appointmentId").asText();
    }

    /** ANTS numbers are unique across communes: each test needs fresh ones. */
    private static String ants() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** What the gateway adds for a logged-in agent of the commune. */
    private HttpHeaders agentHeaders() {
        return AgentHeaders.of(new AgentIdentity(UUID.randomUUID().toString(), feed.communeId, Set.of(Role.AGENT),
                "agent-1", "Agent 1"));
    }
}
