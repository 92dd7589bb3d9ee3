package fr.creneau.planning;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change of capacity is recomputed at once and published with its reason, for the dates it touches. */
class CapacityChangesPublishingTest extends PlanningIntegrationTest {

    private String communeId;
    private String placeId;
    private String counterId;
    private String weekId;

    @BeforeEach
    void aCounterOpenOnMondayTuesdayAndFridayMornings() {
        communeId = createCommune(uniqueSlug("capacity"));
        placeId = post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        counterId = post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G1"))
                .expect(201).text("counterId");
        weekId = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "S", "days", Map.of(
                "MONDAY", List.of("09h00-12h00"), "TUESDAY", List.of("09h00-12h00"), "FRIDAY", List.of("09h00-12h00"))))
                .expect(201).text("referenceWeekId");
        post("/communes/" + communeId + "/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", weekId, "from", "2026-12-01", "to", "2026-12-31", "agents", 2)).expect(201);
    }

    @Test
    void anAbsenceLowersTheCapacityAndNamesTheAbsentAgent() {
        String claire = agent("Claire");
        String marc = agent("Marc");

        post("/communes/" + communeId + "/agents/" + claire + "/absences",
                Map.of("start", "2026-12-08T10:00", "end", "2026-12-08T11:00", "reason", "Formation")).expect(201);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("ABSENCE"));
        assertThat(planning.path("from").asText()).isEqualTo("2026-12-08");
        assertThat(planning.path("to").asText()).isEqualTo("2026-12-08");
        assertThat(planning.path("absentAgentIds").get(0).asText()).isEqualTo(claire);
        String both = List.of(claire, marc).stream().sorted().toList().toString();
        assertThat(ranges(planning)).containsExactly(
                "2026-12-08T08:00:00Z/2026-12-08T09:00:00Z x2 " + both,
                "2026-12-08T09:00:00Z/2026-12-08T10:00:00Z x1 [" + marc + "]",
                "2026-12-08T10:00:00Z/2026-12-08T11:00:00Z x2 " + both);
    }

    @Test
    void changingTheReferenceWeekChangesTheCountersItWasAppliedTo() {
        put("/communes/" + communeId + "/reference-weeks/" + weekId, Map.of("name", "S", "days", Map.of(
                "MONDAY", List.of("14h00-15h00"), "FRIDAY", List.of("09h00-12h00")))).expect(200);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("REFERENCE_WEEK")
                && event.path("ranges").toString().contains("2026-12-07T13:00:00Z"));
        assertThat(planning.path("from").asText()).isEqualTo("2026-12-01");
        assertThat(planning.path("to").asText()).isEqualTo("2026-12-31");
        assertThat(ranges(planning)).contains("2026-12-07T13:00:00Z/2026-12-07T14:00:00Z x2")
                .noneMatch(range -> range.startsWith("2026-12-08"));
        JsonNode schedule = get("/communes/" + communeId + "/counters/" + counterId).expect(200)
                .body().path("schedules").get(0);
        assertThat(schedule.path("referenceWeekId").asText()).isEqualTo(weekId);
        assertThat(schedule.path("agents").asInt()).isEqualTo(2);
        assertThat(get("/communes/" + communeId + "/counters/" + counterId + "/capacity?from=2026-12-08&to=2026-12-08")
                .expect(200).body()).isEmpty();
    }

    @Test
    void withdrawingALaterApplicationGivesTheDatesBackToTheEarlierOne() {
        String evenings = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "Soirs", "days", Map.of(
                "MONDAY", List.of("17h00-19h00")))).expect(201).text("referenceWeekId");
        String applicationId = post("/communes/" + communeId + "/counters/" + counterId + "/schedules",
                Map.of("referenceWeekId", evenings, "from", "2026-12-07", "to", "2026-12-13", "agents", 1))
                .expect(201).text("applicationId");

        delete("/communes/" + communeId + "/counters/" + counterId + "/schedules/" + applicationId).expect(204);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("REFERENCE_WEEK")
                && event.path("from").asText().equals("2026-12-07") && event.path("to").asText().equals("2026-12-13")
                && event.path("ranges").toString().contains("2026-12-07T08:00:00Z"));
        assertThat(ranges(planning)).contains("2026-12-07T08:00:00Z/2026-12-07T11:00:00Z x2");
        assertThat(get("/communes/" + communeId + "/counters/" + counterId).expect(200).body().path("schedules"))
                .hasSize(1);
        assertThat(delete("/communes/" + communeId + "/counters/" + counterId + "/schedules/" + applicationId).status())
                .isEqualTo(404);
    }

    @Test
    void anAgentsFirstPeriodOfAvailabilityRepublishesEveryScheduledDate() {
        String claire = agent("Claire");

        post("/communes/" + communeId + "/agents/" + claire + "/availabilities", Map.of(
                "from", "2026-12-07", "to", "2026-12-13", "days", Map.of("MONDAY", List.of("09h00-10h00"))))
                .expect(201);

        // the whole of December, not only the week of the availability: the agent no longer counts outside it
        JsonNode december = awaitPlanning(event -> event.path("from").asText().equals("2026-12-01")
                && ranges(event).contains("2026-12-07T08:00:00Z/2026-12-07T09:00:00Z x1 [" + claire + "]"));
        assertThat(ranges(december)).noneMatch(range -> range.startsWith("2026-12-01") && range.contains(claire));
    }

    @Test
    void withdrawingAnAgentsOnlyPeriodOfAvailabilityRepublishesEveryScheduledDate() {
        String claire = agent("Claire");
        String availabilityId = post("/communes/" + communeId + "/agents/" + claire + "/availabilities", Map.of(
                "from", "2026-12-07", "to", "2026-12-13", "days", Map.of("MONDAY", List.of("09h00-10h00"))))
                .expect(201).body().path("availabilities").get(0).path("availabilityId").asText();
        String withAvailability = "2026-12-07T08:00:00Z/2026-12-07T09:00:00Z x1 [" + claire + "]";
        awaitPlanning(event -> event.path("from").asText().equals("2026-12-01")
                && ranges(event).contains(withAvailability));

        delete("/communes/" + communeId + "/agents/" + claire + "/availabilities/" + availabilityId).expect(204);

        // after December published with the availability, December again without it: the agent counts at every
        // opening hour again, not only in the week the availability covered
        boolean[] availabilitySeen = {false};
        JsonNode december;
        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            december = KafkaProbe.parse(probe.await(event -> {
                if (!event.path("type").asText().equals("PlanningChanged.v1")
                        || !event.path("counterId").asText().equals(counterId)
                        || !event.path("from").asText().equals("2026-12-01")) {
                    return false;
                }
                if (ranges(event).contains(withAvailability)) {
                    availabilitySeen[0] = true;
                    return false;
                }
                return availabilitySeen[0];
            }, Duration.ofSeconds(30)).value());
        }
        assertThat(ranges(december)).contains(
                "2026-12-01T08:00:00Z/2026-12-01T11:00:00Z x1 [" + claire + "]",
                "2026-12-07T08:00:00Z/2026-12-07T11:00:00Z x1 [" + claire + "]");
        assertThat(get("/communes/" + communeId + "/agents/" + claire).expect(200).body().path("availabilities"))
                .isEmpty();
        assertThat(delete("/communes/" + communeId + "/agents/" + claire + "/availabilities/" + availabilityId)
                .status()).isEqualTo(404);
    }

    @Test
    void switchingChristmasOffOpensTheCounterOnTheTwentyFifth() {
        put("/communes/" + communeId + "/holidays", Map.of("disabled", List.of("NOEL"))).expect(200);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("HOLIDAY"));
        assertThat(planning.path("from").asText()).isEqualTo("2026-12-25");
        assertThat(ranges(planning)).containsExactly("2026-12-25T08:00:00Z/2026-12-25T11:00:00Z x2");
    }

    @Test
    void closingThePlaceEmptiesTheDaysItCovers() {
        post("/communes/" + communeId + "/closures", Map.of("scope", "PLACE", "targetId", placeId,
                "from", "2026-12-14", "to", "2026-12-15", "label", "Travaux")).expect(201);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("CLOSURE"));
        assertThat(planning.path("from").asText()).isEqualTo("2026-12-14");
        assertThat(planning.path("to").asText()).isEqualTo("2026-12-15");
        assertThat(ranges(planning)).isEmpty();
        assertThat(get("/communes/" + communeId + "/counters/" + counterId + "/capacity?from=2026-12-14&to=2026-12-15")
                .expect(200).body()).isEmpty();
    }

    @Test
    void aOneOffExceptionOpensAnAfternoon() {
        post("/communes/" + communeId + "/counters/" + counterId + "/exceptions",
                Map.of("date", "2026-12-16", "range", "14h00-16h00", "agents", 1, "label", "Permanence")).expect(201);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("EXCEPTION"));
        assertThat(ranges(planning)).containsExactly("2026-12-16T13:00:00Z/2026-12-16T15:00:00Z x1");
    }

    @Test
    void liftingAClosureGivesTheCapacityBack() {
        String closureId = post("/communes/" + communeId + "/closures", Map.of("scope", "COMMUNE",
                "from", "2026-12-21", "to", "2026-12-21")).expect(201).text("closureId");
        delete("/communes/" + communeId + "/closures/" + closureId).expect(204);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("CLOSURE")
                && event.path("ranges").size() == 1);
        assertThat(ranges(planning)).containsExactly("2026-12-21T08:00:00Z/2026-12-21T11:00:00Z x2");
    }

    @Test
    void movingAnAgentRepublishesTheCounterLeftAndTheCounterJoinedEndingWithTheCurrentState() {
        String otherCounter = post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G2"))
                .expect(201).text("counterId");
        String claire = agent("Claire");

        put("/communes/" + communeId + "/agents/" + claire,
                Map.of("displayName", "Claire", "counterIds", List.of(otherCounter))).expect(200);

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            probe.await(event -> event.path("type").asText().equals("CounterChanged.v1")
                    && event.path("counterId").asText().equals(otherCounter)
                    && event.path("agentIds").toString().contains(claire), Duration.ofSeconds(30));
            List<JsonNode> left = probe.drain(Duration.ofMillis(500)).stream()
                    .map(record -> KafkaProbe.parse(record.value()))
                    .filter(event -> event.path("counterId").asText().equals(counterId)).toList();
            List<JsonNode> described = left.stream()
                    .filter(event -> event.path("type").asText().equals("CounterChanged.v1")).toList();
            List<JsonNode> december = left.stream().filter(event -> event.path("type").asText()
                    .equals("PlanningChanged.v1") && event.path("from").asText().equals("2026-12-01")).toList();
            assertThat(described).hasSize(3);
            assertThat(described.get(2).path("agentIds")).isEmpty();
            assertThat(december).hasSize(3);
            assertThat(december.get(2).path("ranges").get(0).path("capacity").asInt()).isEqualTo(2);
            assertThat(december.get(2).path("ranges").get(0).path("agentIds")).isEmpty();
        }
    }

    @Test
    void archivingTheCounterRemovesAllItsCapacityAndAPlaceWithCountersCannotBeArchived() {
        assertThat(delete("/communes/" + communeId + "/places/" + placeId).status()).isEqualTo(409);

        delete("/communes/" + communeId + "/counters/" + counterId).expect(200);

        JsonNode planning = awaitPlanning(event -> event.path("reason").asText().equals("CLOSURE"));
        assertThat(planning.path("from").asText()).isEqualTo("2026-12-01");
        assertThat(ranges(planning)).isEmpty();
        assertThat(post("/communes/" + communeId + "/counters/" + counterId + "/exceptions",
                Map.of("date", "2026-12-16", "range", "14h00-16h00", "agents", 1)).status()).isEqualTo(400);
        delete("/communes/" + communeId + "/places/" + placeId).expect(200);
    }

    private String agent(String name) {
        return post("/communes/" + communeId + "/agents", Map.of("displayName", name, "counterIds", List.of(counterId)))
                .expect(201).text("agentId");
    }

    private JsonNode awaitPlanning(Predicate<JsonNode> matching) {
        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            return KafkaProbe.parse(probe.await(event -> event.path("type").asText().equals("PlanningChanged.v1")
                    && event.path("counterId").asText().equals(counterId) && matching.test(event),
                    Duration.ofSeconds(30)).value());
        }
    }

    private static List<String> ranges(JsonNode planning) {
        List<String> ranges = new ArrayList<>();
        planning.path("ranges").forEach(range -> {
            List<String> agents = new ArrayList<>();
            range.path("agentIds").forEach(agent -> agents.add(agent.asText()));
            agents.sort(null);
            ranges.add(range.path("start").asText() + "/" + range.path("end").asText() + " x"
                    + range.path("capacity").asInt() + (agents.isEmpty() ? "" : " " + agents));
        });
        return ranges;
    }
}
