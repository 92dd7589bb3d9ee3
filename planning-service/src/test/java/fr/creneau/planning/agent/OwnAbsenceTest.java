package fr.creneau.planning.agent;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.PlanningIntegrationTest;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.KafkaProbe;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain agent declares their own unavailability, as a manager would for them, and nobody else's. */
class OwnAbsenceTest extends PlanningIntegrationTest {

    @LocalServerPort
    int port;

    private String communeId;
    private String counterId;
    private String claire;
    private String marc;

    @BeforeEach
    void aCounterOpenOnDecemberMornings() {
        communeId = createCommune(uniqueSlug("own-absence"));
        String placeId = post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        counterId = post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G1"))
                .expect(201).text("counterId");
        String weekId = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "S", "days",
                Map.of("WEDNESDAY", List.of("09h00-12h00")))).expect(201).text("referenceWeekId");
        post("/communes/" + communeId + "/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", weekId, "from", "2026-12-01", "to", "2026-12-31", "agents", 2)).expect(201);
        claire = agent("Claire");
        marc = agent("Marc");
    }

    private String agent(String name) {
        return post("/communes/" + communeId + "/agents", Map.of("displayName", name, "counterIds", List.of(counterId)))
                .expect(201).text("agentId");
    }

    private ServiceClient as(String agentId) {
        return ServiceClient.on(port, "/api/planning").as(AgentHeaders.of(new AgentIdentity("account-" + agentId, communeId, Set.of(Role.AGENT),
                agentId, "Agent " + agentId)));
    }

    @Test
    void anAgentDeclaresTheirOwnAbsenceWithTheEffectsOfOneEnteredByAManager() {
        as(claire).post("/communes/" + communeId + "/agents/" + claire + "/absences",
                Map.of("start", "2026-12-09T10:00", "end", "2026-12-09T11:00", "reason", "Rendez-vous médical"))
                .expect(201);

        JsonNode planning = awaitPlanning("2026-12-09");
        assertThat(planning.path("reason").asText()).isEqualTo("ABSENCE");
        assertThat(planning.path("absentAgentIds")).extracting(JsonNode::asText).containsExactly(claire);
        assertThat(planning.path("ranges").get(1).path("capacity").asInt()).isEqualTo(1);
    }

    @Test
    void anAgentCannotDeclareNorWithdrawTheAbsenceOfAnother() {
        String path = "/communes/" + communeId + "/agents/" + marc + "/absences";
        ServiceResponse refused = as(claire).post(path,
                Map.of("start", "2026-12-16T10:00", "end", "2026-12-16T11:00", "reason", "Pour Marc"));

        assertThat(refused.expect(403).contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("detail")).isEqualTo("Un agent ne peut déclarer ou retirer que sa propre indisponibilité.");
        String absenceId = post(path, Map.of("start", "2026-12-16T10:00", "end", "2026-12-16T11:00", "reason", "Congé"))
                .expect(201).text("absenceId");
        as(claire).delete(path + "/" + absenceId).expect(403);
        as(marc).delete(path + "/" + absenceId).expect(204);
    }

    @Test
    void anAgentStillCannotChangeTheirHoursOfWork() {
        as(claire).post("/communes/" + communeId + "/agents/" + claire + "/availabilities",
                Map.of("days", Map.of("MONDAY", List.of("09h00-12h00")), "from", "2026-12-01", "to", "2026-12-31"))
                .expect(403);
    }

    private JsonNode awaitPlanning(String day) {
        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            return KafkaProbe.parse(probe.await(event -> event.path("type").asText().equals("PlanningChanged.v1")
                    && event.path("counterId").asText().equals(counterId) && event.path("reason").asText()
                    .equals("ABSENCE") && event.path("from").asText().equals(day), Duration.ofSeconds(30)).value());
        }
    }
}
