package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.KafkaProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CapacityTest extends StatsIntegrationTest {

    private final String commune = "capacity-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNewPlanningOfTheSameDatesReplacesTheCapacityInsteadOfAddingToIt() {
        Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-01", "2026-12-01T08:00:00Z",
                "2026-12-01T11:00:00Z", 2));
        Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-01", "2026-12-01T08:00:00Z",
                "2026-12-01T09:00:00Z", 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(capacityOf("/summary"))
                .isEqualTo(180));
    }

    @Test
    void aClosedDayHasNoCapacityLeft() {
        Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-02", "2026-12-02T08:00:00Z",
                "2026-12-02T11:00:00Z", 1));
        Events.publish(Planning.closed(commune, "place-1", "counter-1", "2026-12-02"));
        Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-03", "2026-12-03T08:00:00Z",
                "2026-12-03T09:00:00Z", 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(capacityOf("/summary"))
                .isEqualTo(60));
        assertThat(capacityOf("/summary?from=2026-12-02&to=2026-12-02")).isZero();
    }

    @Test
    void thePlaceAddsUpTheCapacityOfItsCounters() {
        Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-04", "2026-12-04T08:00:00Z",
                "2026-12-04T09:00:00Z", 1));
        Events.publish(Planning.open(commune, "place-1", "counter-2", "2026-12-04", "2026-12-04T08:00:00Z",
                "2026-12-04T10:00:00Z", 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(capacityOf("/summary?placeId=place-1"))
                .isEqualTo(180));
        assertThat(capacityOf("/summary?counterId=counter-2")).isEqualTo(120);
    }

    @Test
    void aPlanningRepublishedUnchangedSendsNothingNewToTheAnalysts() {
        try (KafkaProbe probe = new KafkaProbe("stats.appointments")) {
            Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-07", "2026-12-07T08:00:00Z",
                    "2026-12-07T09:00:00Z", 1));
            Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-07", "2026-12-07T08:00:00Z",
                    "2026-12-07T09:00:00Z", 1));
            Events.publish(Planning.open(commune, "place-1", "counter-1", "2026-12-08", "2026-12-08T08:00:00Z",
                    "2026-12-08T09:00:00Z", 1));

            probe.await(cell("2026-12-08"), Duration.ofSeconds(30));
            assertThat(probe.drain(Duration.ofMillis(500)).stream()
                    .map(record -> KafkaProbe.parse(record.value()))
                    .filter(cell("2026-12-07")))
                    .hasSize(1);
        }
    }

    private Predicate<JsonNode> cell(String date) {
        return record -> commune.equals(record.path("communeId").asText())
                && "commune".equals(record.path("dimension").asText())
                && date.equals(record.path("date").asText());
    }

    private long capacityOf(String path) {
        String body = http.get("/api/stats/communes/{c}" + path, commune).bodyAsString();
        try {
            JsonNode summary = Events.JSON.readTree(body);
            return summary.get("capacityMinutes").asLong();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
