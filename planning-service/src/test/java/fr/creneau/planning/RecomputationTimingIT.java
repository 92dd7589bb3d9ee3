package fr.creneau.planning;

import fr.creneau.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, through the event store, the publishing processor and the broker: how long until three months of
 * capacity are on planning.events, for one counter and for fifty. Printed, not a limit; run with
 * {@code -Dplanning.timing=true -Dtest=RecomputationTimingIT}.
 */
@EnabledIfSystemProperty(named = "planning.timing", matches = "true")
class RecomputationTimingIT extends PlanningIntegrationTest {

    @Test
    void threeMonthsOfCapacityReachKafkaForOneCounterAndForFifty() {
        String communeId = createCommune(uniqueSlug("timing"));
        String placeId = post("/communes/" + communeId + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        String weekId = post("/communes/" + communeId + "/reference-weeks", Map.of("name", "S", "days", Map.of(
                "MONDAY", List.of("08h30-12h00", "13h30-17h30"), "TUESDAY", List.of("08h30-12h00", "13h30-17h30"),
                "THURSDAY", List.of("08h30-12h00", "13h30-17h30"), "FRIDAY", List.of("08h30-12h00"))))
                .expect(201).text("referenceWeekId");
        List<String> counters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            counters.add(post("/communes/" + communeId + "/counters", Map.of("placeId", placeId, "name", "G" + i))
                    .expect(201).text("counterId"));
        }
        String agentId = post("/communes/" + communeId + "/agents", Map.of("displayName", "Claire"))
                .expect(201).text("agentId");

        try (KafkaProbe probe = new KafkaProbe("planning.events")) {
            for (String counterId : counters) {
                post("/communes/" + communeId + "/counters/" + counterId + "/schedules", Map.of("referenceWeekId", weekId,
                        "from", "2027-01-01", "to", "2027-03-31", "agents", 2)).expect(201);
            }
            awaitMonths(probe, new HashSet<>(counters), "REFERENCE_WEEK", null);

            long start = System.nanoTime();
            post("/communes/" + communeId + "/counters/" + counters.get(0) + "/exceptions", Map.of(
                    "date", "2027-01-04", "range", "08h30-09h00", "agents", 1)).expect(201);
            probe.await(event -> event.path("type").asText().equals("PlanningChanged.v1")
                    && event.path("counterId").asText().equals(counters.get(0))
                    && event.path("reason").asText().equals("EXCEPTION"), Duration.ofSeconds(60));
            System.out.printf("An exception on 1 counter (1 day recomputed): %d ms until on Kafka%n",
                    (System.nanoTime() - start) / 1_000_000);

            start = System.nanoTime();
            post("/communes/" + communeId + "/counters/" + counters.get(1) + "/schedules", Map.of("referenceWeekId", weekId,
                    "from", "2027-01-01", "to", "2027-03-31", "agents", 3)).expect(201);
            awaitMonths(probe, Set.of(counters.get(1)), "REFERENCE_WEEK", null, 3);
            System.out.printf("A week applied over 3 months to 1 counter: %d ms until on Kafka%n",
                    (System.nanoTime() - start) / 1_000_000);

            start = System.nanoTime();
            put("/communes/" + communeId + "/agents/" + agentId, Map.of("displayName", "Claire", "counterIds", counters))
                    .expect(200);
            awaitMonths(probe, new HashSet<>(counters), "REFERENCE_WEEK", agentId);
            System.out.printf("One agent added to 50 counters, 3 months recomputed for each: %d ms until on Kafka%n",
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void awaitMonths(KafkaProbe probe, Set<String> counters, String reason, String agentId) {
        awaitMonths(probe, counters, reason, agentId, 2);
    }

    private static void awaitMonths(KafkaProbe probe, Set<String> counters, String reason, String agentId,
            int capacity) {
        Set<String> seen = new HashSet<>();
        while (seen.size() < counters.size() * 3) {
            ConsumerRecord<String, String> record = probe.await(event -> {
                String key = event.path("counterId").asText() + event.path("from").asText();
                return event.path("type").asText().equals("PlanningChanged.v1")
                        && counters.contains(event.path("counterId").asText())
                        && event.path("reason").asText().equals(reason)
                        && !seen.contains(key)
                        && event.path("ranges").get(0).path("capacity").asInt() == (agentId == null ? capacity : 1)
                        && (agentId == null ? event.path("ranges").get(0).path("agentIds").isEmpty()
                                : event.path("ranges").get(0).path("agentIds").toString().contains(agentId));
            }, Duration.ofSeconds(120));
            var event = KafkaProbe.parse(record.value());
            seen.add(event.path("counterId").asText() + event.path("from").asText());
        }
        assertThat(seen).hasSize(counters.size() * 3);
    }
}
